// Quy chế hoạt động của Ban Chỉ đạo Chuyển đổi số tỉnh Phú Thọ,
// ban hành kèm theo Quyết định số 1344/QĐ-BCĐCĐS ngày 18/5/2022; thay thế Quyết định số
// 1025/QĐ-BCĐXDCQĐT ngày 10/5/2019. It fixes no report dates: the committee sets the template and
// deadlines (Điều 4 khoản 3), so the tenant configures them. Source: shared/seeds/phu-tho-2022-qd-1344.txt.

import { LocalDate } from '@bcd/calendar';
import type { RulePack } from '../rule-pack.schema.js';
import { citationsOf } from './cite.js';

const cite = citationsOf('1344/QĐ-BCĐCĐS', '2022-05-18');

export const phuTho2022: RulePack = {
  id: 'phu-tho-2022',
  schemaVersion: 1,
  title: 'Quy chế hoạt động của Ban Chỉ đạo Chuyển đổi số tỉnh Phú Thọ',
  province: 'Phú Thọ',
  committee: 'Ban Chỉ đạo Chuyển đổi số tỉnh Phú Thọ',
  decision: {
    number: '1344/QĐ-BCĐCĐS',
    signedOn: LocalDate.parse('2022-05-18'),
    signedBy: 'Trưởng Ban Chỉ đạo, Chủ tịch UBND tỉnh',
    effectiveOnSigning: true,
    citation: cite('Điều 2 (Quyết định)', 'Quyết định này có hiệu lực thi hành kể từ ngày ban hành và thay thế Quyết định số 1025/QĐ-BCĐXDCQĐT ngày 10/5/2019'),
  },
  replaces: [{ number: '1025/QĐ-BCĐXDCQĐT', signedOn: LocalDate.parse('2019-05-10') }],
  composition: {
    chair: { citation: cite('Điều 3') },
    viceChairs: { count: null, standing: 0, citation: cite('Điều 4') },
    standingMembers: { kind: 'fixed', count: 1, alsoSecretary: false, alsoWorkingGroupLeader: false, citation: cite('Điều 5') },
    workingGroup: {
      name: 'Tổ công tác, giúp việc',
      setUpBy: 'Ban Chỉ đạo; các Ủy viên cử cán bộ, công chức tham gia',
      externalMembersNominatedByAgencyHead: false,
      subGroups: true,
      membersReplaceUnsuitableStaff: true,
      citation: cite('Điều 8 khoản 6', 'Tổ công tác, giúp việc được tổ chức thành các nhóm công tác do Tổ trưởng Tổ công tác, giúp việc quyết định'),
      seeAlso: [cite('Điều 6 khoản 6')],
    },
    longAbsence: { kind: 'none' },
  },
  meetings: {
    plenary: {
      kind: 'periodic',
      cadence: 'semiannual',
      window: { kind: 'whole-period' },
      citation: cite('Điều 9 khoản 1', 'Ban Chỉ đạo họp phiên toàn thể định kỳ 06 tháng một lần.'),
    },
    standingBoard: { kind: 'none' },
    workingGroup: { kind: 'none' },
    extraordinary: {
      kind: 'allowed',
      convenedBy: ['chair'],
      onProposalOf: [],
      citation: cite('Điều 9 khoản 1', 'Trường hợp cần thiết, Trưởng ban quyết định triệu tập họp đột xuất'),
    },
    extended: { kind: 'none' },
    documentLeadTime: { kind: 'none' },
    absence: {
      kind: 'report-and-approval',
      approvalBy: 'chair',
      substitute: 'with-approval',
      delegateMustSubmitWrittenOpinion: true,
      delegateReportsOnAssignedWork: true,
      citation: cite(
        'Điều 9 khoản 2',
        'Thành viên Ban Chỉ đạo vắng mặt phải báo cáo và được sự đồng ý của Trưởng ban, cử người được uỷ quyền của đơn vị dự họp thay. Người được uỷ quyền phải báo cáo công việc mà thành viên Ban Chỉ đạo được phân công phụ trách.',
      ),
      seeAlso: [cite('Điều 6 khoản 5', 'trường hợp ủy quyền cho người dự họp thay phải tham gia ý kiến bằng văn bản')],
    },
    writtenConsultation: { kind: 'none' },
  },
  reporting: {
    memberReports: {
      reporter: 'members',
      recipient: 'standing-agency',
      due: {
        kind: 'tenant-decides',
        citation: cite(
          'Điều 4 khoản 3',
          'yêu cầu các sở, ban, ngành, địa phương thực hiện chế độ thông tin, báo cáo theo mẫu và tuân thủ thời hạn báo cáo',
        ),
        note: 'Quy chế không ấn định kỳ và ngày nộp báo cáo: tỉnh cấu hình trước khi sinh nghĩa vụ báo cáo.',
      },
      citation: cite('Điều 6 khoản 4'),
      seeAlso: [cite('Điều 12 khoản 2')],
    },
    adHocReports: { kind: 'on-request', requestedBy: ['chair', 'vice-chair'], citation: cite('Điều 12 khoản 2', 'thực hiện chế độ thông tin, báo cáo theo quy định và yêu cầu của Ban Chỉ đạo') },
    activityReports: [
      {
        author: 'standing-agency',
        recipients: ['chair', 'vice-chair'],
        cadences: ['quarterly'],
        adHoc: false,
        commentRound: { kind: 'none' },
        due: { kind: 'tenant-decides', citation: cite('Điều 7 khoản 6'), note: 'Hằng quý; Quy chế không ấn định thời hạn.' },
        citation: cite('Điều 7 khoản 6', 'Định kỳ hằng quý báo cáo Trưởng ban, Phó Trưởng ban về tình hình, kết quả hoạt động của Ban Chỉ đạo.'),
      },
    ],
    channels: [
      { channel: 'online-reporting-planned', citation: cite('Điều 4 khoản 3', 'tiến tới thực hiện chế độ thông tin, báo cáo trực tuyến') },
    ],
  },
  budget: {
    funding: {
      sources: ['each-agency-recurrent-budget', 'other-lawful-sources'],
      citation: cite(
        'Điều 11 khoản 2',
        'Các hoạt động của Ban Chỉ đạo sử dụng kinh phí từ nguồn chi hoạt động thường xuyên của mỗi cơ quan, đơn vị và các nguồn kinh phí hợp pháp khác.',
      ),
    },
    estimate: { kind: 'none' },
    specialExpenditure: {
      kind: 'flow',
      proposer: 'standing-agency',
      coordinatesWith: 'finance-department',
      decidedBy: 'competent-authority',
      citation: cite(
        'Điều 11 khoản 3',
        'Trường hợp có phát sinh các nhiệm vụ được giao việc đột xuất của UBND tỉnh, Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính trình cấp có thẩm quyền xem xét, quyết định.',
      ),
    },
    settlement: { kind: 'per-current-rules', citation: cite('Điều 11 khoản 3') },
    categories: { kind: 'none' },
  },
  documents: {
    noticeSigner: {
      kind: 'role',
      role: 'standing-member',
      onlyWhenAssigned: true,
      citation: cite('Điều 5 khoản 4', 'ký các văn bản liên quan khi được Trưởng ban phân công hoặc ủy quyền'),
    },
    seals: [
      { signer: 'chair', seal: 'provincial-people-committee', citation: cite('Điều 11 khoản 1') },
      { signer: 'vice-chair', seal: 'provincial-people-committee', citation: cite('Điều 11 khoản 1') },
      {
        signer: 'member',
        seal: 'own-agency',
        citation: cite('Điều 11 khoản 1', 'Các thành viên khác của Ban Chỉ đạo sử dụng con dấu cơ quan, đơn vị mình.'),
      },
    ],
  },
};
