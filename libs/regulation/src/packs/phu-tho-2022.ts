// Quy chế hoạt động của Ban Chỉ đạo Chuyển đổi số tỉnh Phú Thọ,
// ban hành kèm theo Quyết định số 1344/QĐ-BCĐCĐS ngày 18/5/2022; thay thế Quyết định số
// 1025/QĐ-BCĐXDCQĐT ngày 10/5/2019. Periodic reports are owed by agencies, by the template and deadlines
// the committee sets (Điều 4 khoản 3, 12 khoản 2): the tenant configures dates and recipient.
// Source: shared/seeds/phu-tho-2022-qd-1344.txt.

import { LocalDate } from '@bcd/calendar';
import type { RulePack } from '../rule-pack.schema.js';
import { citationsOf } from './cite.js';

const cite = citationsOf('1344/QĐ-BCĐCĐS', '2022-05-18');

export const phuTho2022: RulePack = {
  id: 'phu-tho-2022',
  schemaVersion: 2,
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
    standingMembers: { kind: 'fixed', count: 1, alsoWorkingGroupLeader: false, citation: cite('Điều 5') },
    secretary: { kind: 'none', note: 'Quy chế không có Thư ký Ban Chỉ đạo.' },
    standingOffice: { kind: 'none' },
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
    // Điều 9.2 names the chair, Điều 6.5 the person presiding the meeting (the vice chair when the chair is
    // absent, Điều 4.1): either consent is accepted; the meeting records the article it was given under.
    absence: {
      kind: 'report-and-approval',
      approvers: [
        {
          by: 'chair',
          citation: cite('Điều 9 khoản 2', 'Thành viên Ban Chỉ đạo vắng mặt phải báo cáo và được sự đồng ý của Trưởng ban'),
        },
        {
          by: 'presiding-person',
          citation: cite('Điều 6 khoản 5', 'trong trường hợp không thể tham dự phải báo cáo và được sự đồng ý của người chủ trì cuộc họp'),
          seeAlso: [cite('Điều 4 khoản 1', 'Khi Trưởng ban vắng mặt, Phó Trưởng ban thay mặt Trưởng ban lãnh đạo, chỉ đạo hoạt động của Ban Chỉ đạo.')],
        },
      ],
      substitute: 'with-approval',
      delegateMustSubmitWrittenOpinion: true,
      delegateReportsOnAssignedWork: true,
      note: 'Điều 9 khoản 2 (Trưởng ban đồng ý) và Điều 6 khoản 5 (người chủ trì cuộc họp đồng ý) khác nhau: chấp nhận sự đồng ý của người chủ trì và ghi điều khoản đã áp dụng.',
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
      reporter: 'agencies',
      recipient: {
        kind: 'tenant-decides',
        citation: cite('Điều 4 khoản 3'),
        note: 'Quy chế không nêu nơi nhận báo cáo định kỳ của các sở, ban, ngành, địa phương: tỉnh quyết định.',
      },
      due: {
        kind: 'tenant-decides',
        citation: cite(
          'Điều 4 khoản 3',
          'yêu cầu các sở, ban, ngành, địa phương thực hiện chế độ thông tin, báo cáo theo mẫu và tuân thủ thời hạn báo cáo',
        ),
        note: 'Quy chế không ấn định kỳ và ngày nộp báo cáo: tỉnh cấu hình trước khi sinh nghĩa vụ báo cáo.',
      },
      citation: cite(
        'Điều 4 khoản 3',
        'yêu cầu các sở, ban, ngành, địa phương thực hiện chế độ thông tin, báo cáo theo mẫu và tuân thủ thời hạn báo cáo',
      ),
      seeAlso: [cite('Điều 12 khoản 2', 'thực hiện chế độ thông tin, báo cáo theo quy định và yêu cầu của Ban Chỉ đạo')],
    },
    adHocReports: { kind: 'on-request', requestedBy: ['chair', 'vice-chair'], citation: cite('Điều 12 khoản 2', 'thực hiện chế độ thông tin, báo cáo theo quy định và yêu cầu của Ban Chỉ đạo') },
    // Members' reporting of problems to the chair and vice chair, not periodic reports.
    issueReports: {
      kind: 'as-they-arise',
      reporter: 'members',
      recipients: ['chair', 'vice-chair'],
      citation: cite('Điều 6 khoản 4', 'Kịp thời báo cáo Trưởng ban, Phó Trưởng ban về những vấn đề phát sinh trong quá trình triển khai nhiệm vụ được giao'),
    },
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
      {
        author: 'working-group',
        recipients: ['chair', 'vice-chair', 'member'],
        cadences: [],
        adHoc: true,
        commentRound: { kind: 'none' },
        due: { kind: 'none', note: 'Quy chế không ấn định kỳ báo cáo: báo cáo khi có yêu cầu.' },
        citation: cite(
          'Điều 8 khoản 6',
          'Báo cáo Trưởng ban, Phó Trưởng ban và các Ủy viên Ban Chỉ đạo về tình hình, kết quả hoạt động của Ban Chỉ đạo và Tổ công tác, giúp việc.',
        ),
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
    expenditureDecision: { kind: 'none' },
    // Điều 11.3 is not spending with no norm (that is Thanh Hóa 2018 Điều 11.2): it funds unplanned tasks.
    specialExpenditure: { kind: 'none' },
    unplannedTasks: {
      kind: 'flow',
      assignedBy: 'provincial-people-committee',
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
    reportSigner: {
      kind: 'roles',
      signers: [
        { role: 'chair', onlyWhenAuthorised: false },
        { role: 'vice-chair', onlyWhenAuthorised: true },
      ],
      addressees: ['provincial-people-committee', 'ministry', 'national-committee'],
      citation: cite(
        'Điều 10 khoản 5',
        'Trưởng ban (hoặc Phó Trưởng ban khi được uỷ quyền) ký các báo cáo, và các văn bản khác có liên quan gửi UBND tỉnh, Bộ Thông tin và Truyền thông, Uỷ ban Quốc gia về Chuyển đổi số',
      ),
    },
    seals: [
      { signer: 'chair', seal: 'provincial-people-committee', citation: cite('Điều 11 khoản 1') },
      { signer: 'vice-chair', seal: 'provincial-people-committee', citation: cite('Điều 11 khoản 1') },
      { signer: 'standing-member', seal: 'own-agency', citation: cite('Điều 11 khoản 1') },
      {
        signer: 'member',
        seal: 'own-agency',
        citation: cite('Điều 11 khoản 1', 'Các thành viên khác của Ban Chỉ đạo sử dụng con dấu cơ quan, đơn vị mình.'),
      },
    ],
  },
};
