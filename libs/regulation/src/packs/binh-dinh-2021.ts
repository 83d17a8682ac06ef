// Quy chế hoạt động của Ban chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định (2021).
// The copy we hold leaves the decision's number and date blank ("Quyết định số …/QĐ-BCĐ ngày …/…/2021");
// it was signed after Quyết định 684/QĐ-UBND of 01/3/2021, so the tenant's adoption must give the
// effective date. It replaces Quyết định 47/QĐ-BCĐ of 12/4/2019. Source: shared/seeds/binh-dinh-2021.txt.

import { LocalDate } from '@bcd/calendar';
import type { RulePack } from '../rule-pack.schema.js';
import { citationsOf } from './cite.js';

const cite = citationsOf('…/QĐ-BCĐ năm 2021 (số, ngày để trống)', null);
const VICE_CHAIRS_TOGETHER = cite(
  'Điều 4 khoản 3',
  'Phó Trưởng ban chỉ đạo thường trực và Phó Trưởng ban chỉ đạo sau đây được gọi chung là Phó Trưởng ban chỉ đạo.',
);

export const binhDinh2021: RulePack = {
  id: 'binh-dinh-2021',
  schemaVersion: 2,
  title: 'Quy chế hoạt động của Ban chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định',
  province: 'Bình Định',
  committee: 'Ban chỉ đạo xây dựng Chính quyền điện tử tỉnh Bình Định',
  decision: {
    number: null,
    signedOn: null,
    signedBy: 'KT. Trưởng Ban, Phó Trưởng Ban thường trực, Phó Chủ tịch UBND tỉnh',
    effectiveOnSigning: true,
    citation: cite('Điều 2 (Quyết định)', 'Quyết định này có hiệu lực kể từ ngày ký và thay thế cho Quyết định số 47/QĐ-BCĐ ngày 12/4/2019'),
  },
  replaces: [{ number: '47/QĐ-BCĐ', signedOn: LocalDate.parse('2019-04-12') }],
  composition: {
    chair: { citation: cite('Điều 3') },
    viceChairs: {
      count: 2,
      standing: 1,
      citation: cite('Điều 4', 'Phó Trưởng ban chỉ đạo thường trực và Phó Trưởng ban chỉ đạo'),
    },
    standingMembers: { kind: 'none' },
    secretary: { kind: 'none', note: 'Quy chế không có Thư ký Ban Chỉ đạo (Tổ thư ký giúp việc là tổ giúp việc, Điều 7).' },
    standingOffice: { kind: 'none' },
    workingGroup: {
      name: 'Tổ thư ký giúp việc',
      setUpBy: 'Ban Chỉ đạo; các thành viên cử cán bộ, chuyên gia tham gia',
      externalMembersNominatedByAgencyHead: false,
      subGroups: false,
      membersReplaceUnsuitableStaff: true,
      citation: cite('Điều 7'),
      seeAlso: [cite('Điều 5 khoản 6')],
    },
    longAbsence: { kind: 'none' },
  },
  meetings: {
    plenary: {
      kind: 'periodic',
      cadence: 'semiannual',
      window: { kind: 'whole-period' },
      citation: cite('Điều 10 khoản 1 điểm a', 'Ban Chỉ đạo định kỳ họp 06 tháng một lần.'),
    },
    standingBoard: { kind: 'none' },
    workingGroup: {
      kind: 'tenant-decides',
      citation: cite('Điều 10 khoản 1 điểm b', 'Tổ thư ký họp định kỳ và đột xuất theo yêu cầu của Tổ trưởng Tổ thư ký.'),
      note: 'Họp định kỳ nhưng Quy chế không ấn định kỳ họp: tỉnh cấu hình.',
    },
    extraordinary: {
      kind: 'allowed',
      convenedBy: ['chair', 'standing-vice-chair'],
      onProposalOf: ['standing-agency'],
      citation: cite(
        'Điều 10 khoản 1 điểm a',
        'Ban Chỉ đạo có thể họp đột xuất theo triệu tập của Trưởng Ban, Phó Trưởng Ban thường trực hoặc theo đề nghị của cơ quan thường trực Ban Chỉ đạo.',
      ),
    },
    extended: {
      kind: 'allowed',
      decidedBy: 'chair',
      invitees: 'Người đứng đầu các sở, ngành, địa phương chủ trì chương trình, đề án, dự án; chuyên gia, nhà khoa học',
      citation: cite('Điều 10 khoản 1 điểm a'),
    },
    documentLeadTime: {
      kind: 'hours',
      hours: 48,
      appliesTo: 'all-meetings',
      channel: 'electronic',
      counting: 'clock-hours',
      citation: cite(
        'Điều 10 khoản 1 điểm c',
        'Cơ quan thường trực Ban Chỉ đạo có trách nhiệm gửi tài liệu điện tử cho các thành viên Ban Chỉ đạo chậm nhất 48 giờ trước khi tổ chức họp.',
      ),
    },
    absence: {
      kind: 'report-and-approval',
      approvers: [{ by: 'presiding-person', citation: cite('Điều 5 khoản 4', 'phải báo cáo và được sự đồng ý của người chủ trì cuộc họp') }],
      substitute: 'with-approval',
      delegateMustSubmitWrittenOpinion: false,
      delegateReportsOnAssignedWork: false,
      citation: cite(
        'Điều 5 khoản 4',
        'trong trường hợp không thể tham dự phải báo cáo và được sự đồng ý của người chủ trì cuộc họp; trường hợp ủy quyền cho người dự họp thay phải có ý kiến đồng ý của người chủ trì cuộc họp.',
      ),
    },
    writtenConsultation: { kind: 'none' },
  },
  reporting: {
    memberReports: {
      reporter: 'members',
      recipient: 'standing-agency',
      due: {
        kind: 'fixed',
        deadlines: [
          {
            cadence: 'semiannual',
            periods: 'all',
            due: { month: 'last-month-of-period', day: 30, reading: 'before', onDayOff: 'next-working-day', wording: 'trước ngày 30 của tháng 6, tháng 12' },
          },
        ],
        citation: cite('Điều 10 khoản 2 điểm a', 'Định kỳ 06 tháng (trước ngày 30 của tháng 6, tháng 12)'),
      },
      citation: cite('Điều 10 khoản 2 điểm a', 'các thành viên Ban Chỉ đạo tổng hợp, báo cáo kết quả thực hiện nhiệm vụ được phân công'),
      seeAlso: [cite('Điều 5 khoản 5')],
    },
    // "Phó Trưởng Ban" includes the standing vice chair (Điều 4 khoản 3).
    adHocReports: {
      kind: 'on-request',
      requestedBy: ['chair', 'standing-vice-chair', 'vice-chair'],
      citation: cite('Điều 5 khoản 5', 'báo cáo đột xuất khi Trưởng Ban, Phó Trưởng Ban Chỉ đạo yêu cầu'),
      seeAlso: [VICE_CHAIRS_TOGETHER],
    },
    issueReports: {
      kind: 'as-they-arise',
      reporter: 'members',
      recipients: ['chair', 'standing-vice-chair', 'vice-chair'],
      citation: cite('Điều 5 khoản 3', 'Kịp thời báo cáo Trưởng Ban chỉ đạo, Phó Trưởng Ban chỉ đạo về những vấn đề phát sinh trong quá trình triển khai nhiệm vụ được giao'),
      seeAlso: [VICE_CHAIRS_TOGETHER],
    },
    activityReports: [
      {
        author: 'working-group',
        recipients: ['chair', 'standing-vice-chair', 'vice-chair', 'member'],
        cadences: ['quarterly'],
        adHoc: true,
        commentRound: { kind: 'none' },
        due: { kind: 'tenant-decides', citation: cite('Điều 7 khoản 7'), note: 'Hàng quý hoặc đột xuất; Quy chế không ấn định thời hạn.' },
        citation: cite(
          'Điều 7 khoản 7',
          'Định kỳ hàng quý hoặc đột xuất báo cáo Trưởng Ban, Phó Trưởng Ban và thành viên Ban Chỉ đạo về tình hình, kết quả hoạt động của Ban Chỉ đạo và Tổ thư ký.',
        ),
        seeAlso: [VICE_CHAIRS_TOGETHER],
      },
      {
        author: 'committee',
        recipients: ['national-committee', 'provincial-party-committee', 'provincial-people-committee'],
        cadences: [],
        adHoc: false,
        commentRound: { kind: 'none' },
        due: {
          kind: 'tenant-decides',
          citation: cite('Điều 8 khoản 1'),
          note: '"theo quy định": Quy chế không ấn định kỳ và thời hạn báo cáo; tỉnh cấu hình theo yêu cầu của Ủy ban Quốc gia, Tỉnh ủy, UBND tỉnh.',
        },
        citation: cite(
          'Điều 8 khoản 1',
          'có trách nhiệm báo cáo kết quả xây dựng Chính quyền điện tử đến Ủy ban Quốc gia về Chính phủ điện tử, Tỉnh ủy và Ủy ban nhân dân tỉnh theo quy định',
        ),
      },
    ],
    channels: [
      { channel: 'paper-and-electronic', citation: cite('Điều 10 khoản 2 điểm a', 'Báo cáo (bản giấy và bản điện tử)') },
      {
        channel: 'official-email-to-member-and-agency',
        citation: cite(
          'Điều 10 khoản 2 điểm b',
          'gửi đến thư công vụ của thành viên Ban Chỉ đạo, đồng thời gửi 01 bản điện tử đến thư điện tử công vụ của cơ quan, đơn vị nơi thành viên Ban Chỉ đạo công tác',
        ),
      },
    ],
  },
  budget: {
    funding: {
      sources: ['standing-agency-budget', 'other-lawful-sources'],
      citation: cite('Điều 13 khoản 2'),
    },
    estimate: {
      kind: 'flow',
      steps: [
        { actor: 'standing-agency', action: 'drafts' },
        { actor: 'finance-department', action: 'drafts' },
        { actor: 'provincial-people-committee', action: 'approves' },
      ],
      citation: cite(
        'Điều 6 khoản 2',
        'Phối hợp với Sở Tài chính lập dự toán kinh phí (trong dự toán ngân sách hàng năm) trình Ủy ban nhân dân tỉnh phê duyệt',
      ),
    },
    expenditureDecision: { kind: 'none' },
    specialExpenditure: { kind: 'none' },
    unplannedTasks: { kind: 'none' },
    settlement: { kind: 'per-current-rules', citation: cite('Điều 13 khoản 2', 'thực hiện sử dụng kinh phí theo chế độ quy định hiện hành') },
    categories: {
      kind: 'list',
      categories: [
        { id: 'administration', label: 'Chi hành chính của Ban Chỉ đạo, chi thiết yếu phục vụ các thành viên' },
        {
          id: 'communication-and-pilots',
          label: 'Chi tuyên truyền, xúc tiến ứng dụng và chỉ đạo điểm công nghệ thông tin, các nhiệm vụ xây dựng Chính quyền điện tử',
        },
        { id: 'inspection-and-events', label: 'Chi kiểm tra, tham quan, khảo sát, học tập, hội nghị, hội thảo, khen thưởng' },
      ],
      citation: cite('Điều 13 khoản 1'),
    },
  },
  documents: {
    // Điều 4.2d lets the vice chair sign documents in general; no article names who signs notices and
    // minutes, which the Tổ thư ký prepares (Điều 7.6).
    noticeSigner: {
      kind: 'tenant-decides',
      citation: cite('Điều 7 khoản 6', 'chuẩn bị các thông báo, biên bản họp của Ban chỉ đạo'),
      note: 'Quy chế không nêu người ký thông báo, biên bản họp (Điều 4 khoản 2 điểm d nói chung về "các văn bản liên quan"): tỉnh quyết định.',
    },
    reportSigner: { kind: 'none' },
    seals: [
      { signer: 'chair', seal: 'provincial-people-committee', citation: cite('Điều 11 khoản 1') },
      {
        signer: 'standing-vice-chair',
        seal: 'provincial-people-committee',
        citation: cite('Điều 11 khoản 1', 'Văn bản do Trưởng Ban và Phó Trưởng Ban Chỉ đạo thường trực ký, sử dụng con dấu của Ủy ban nhân dân tỉnh.'),
      },
      { signer: 'vice-chair', seal: 'standing-agency', citation: cite('Điều 11 khoản 2') },
      {
        signer: 'working-group-leader',
        seal: 'standing-agency',
        citation: cite('Điều 11 khoản 2', 'Văn bản do Phó trưởng ban và Tổ trưởng Tổ thư ký ký sử dụng con dấu của Sở Thông tin và Truyền thông.'),
      },
    ],
  },
};
