// Quy chế hoạt động của Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang,
// ban hành kèm theo Quyết định số 1507/QĐ-UBND ngày 23/6/2008 của Chủ tịch UBND tỉnh Kiên Giang.
// Source text: shared/seeds/kien-giang-2008-qd-1507.txt.

import { LocalDate } from '@bcd/calendar';
import type { RulePack } from '../rule-pack.schema.js';
import { citationsOf } from './cite.js';

const cite = citationsOf('1507/QĐ-UBND', '2008-06-23');

export const kienGiang2008: RulePack = {
  id: 'kien-giang-2008',
  schemaVersion: 2,
  title: 'Quy chế hoạt động của Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang',
  province: 'Kiên Giang',
  committee: 'Ban Chỉ đạo Công nghệ thông tin tỉnh Kiên Giang',
  decision: {
    number: '1507/QĐ-UBND',
    signedOn: LocalDate.parse('2008-06-23'),
    signedBy: 'Chủ tịch UBND tỉnh Kiên Giang',
    effectiveOnSigning: true,
    citation: cite('Điều 2 (Quyết định)', 'Quyết định này có hiệu lực kể từ ngày ký.'),
  },
  replaces: [],
  composition: {
    chair: { holder: 'Phó Chủ tịch UBND tỉnh', citation: cite('Điều 2 khoản 1') },
    viceChairs: {
      count: 2,
      standing: 1,
      citation: cite('Điều 2 khoản 1', '02 Phó Trưởng ban Ban Chỉ đạo (01 Phó Trưởng ban Thường trực Ban Chỉ đạo và 01 Phó Trưởng ban Ban Chỉ đạo)'),
    },
    standingMembers: { kind: 'none', note: 'Thường trực Ban Chỉ đạo đặt tại Sở TTTT (Điều 2 khoản 2); không có Ủy viên thường trực.' },
    secretary: { kind: 'none', note: 'Quy chế không có Thư ký Ban Chỉ đạo.' },
    // "Thường trực Ban Chỉ đạo" uses Sở TTTT's seal and account, drafts the budget and decides each
    // expenditure, but the text never says who it is: plausibly the standing vice chair, the Sở TTTT
    // director who proposed this regulation (Tờ trình 65/TTr-STTTT). The tenant says.
    standingOffice: {
      kind: 'tenant-decides',
      citation: cite('Điều 2 khoản 2', 'Thường trực Ban Chỉ đạo đặt tại Sở Thông tin và Truyền thông tỉnh Kiên Giang'),
      note: 'Quy chế không nói ai là Thường trực Ban Chỉ đạo; có thể là Phó Trưởng ban Thường trực (Giám đốc Sở TTTT): tỉnh chọn.',
    },
    workingGroup: {
      name: 'Tổ giúp việc',
      setUpBy: 'Thường trực Ban Chỉ đạo, chủ yếu từ cán bộ Sở Thông tin và Truyền thông',
      externalMembersNominatedByAgencyHead: true,
      subGroups: false,
      membersReplaceUnsuitableStaff: false,
      citation: cite(
        'Điều 9 khoản 2',
        'Tổ viên nếu là người không thuộc biên chế của Sở Thông tin và Truyền thông phải do Thủ trưởng cơ quan đang quản lý nhân sự đó quyết định cử cán bộ tham gia Tổ giúp việc.',
      ),
    },
    longAbsence: { kind: 'none' },
  },
  meetings: {
    plenary: {
      kind: 'periodic',
      cadence: 'quarterly',
      window: { kind: 'days-of-last-month', fromDay: 20, toDay: 30 },
      citation: cite('Điều 10', 'Hàng quý, từ ngày 20 đến ngày 30 của tháng cuối quý, Ban Chỉ đạo họp'),
    },
    standingBoard: { kind: 'none' },
    workingGroup: { kind: 'none' },
    extraordinary: {
      kind: 'allowed',
      convenedBy: ['chair'],
      onProposalOf: ['standing-agency'],
      citation: cite('Điều 10', 'Ban Chỉ đạo có thể họp bất thường theo đề nghị của Thường trực Ban Chỉ đạo'),
      seeAlso: [cite('Điều 5 khoản 4')],
    },
    extended: {
      kind: 'allowed',
      decidedBy: 'chair',
      invitees: 'Đại diện các sở, ngành, tổ chức, cá nhân có liên quan; UBND các huyện, thị xã, thành phố',
      citation: cite('Điều 10'),
    },
    documentLeadTime: {
      kind: 'working-days',
      days: 3,
      appliesTo: 'periodic-meetings',
      channel: 'any',
      counting: 'exclude-send-day-and-meeting-day',
      citation: cite(
        'Điều 11',
        'Cơ quan Thường trực Ban Chỉ đạo có trách nhiệm gửi tài liệu (nếu có) cho các Thành viên Ban trước kỳ họp định kỳ của Ban Chỉ đạo ít nhất 03 ngày làm việc.',
      ),
    },
    absence: {
      kind: 'report-and-approval',
      approvers: [{ by: 'chair', citation: cite('Điều 10', 'phải báo cáo và được sự đồng ý của Trưởng ban thì mới cử người dự họp thay') }],
      substitute: 'with-approval',
      delegateMustSubmitWrittenOpinion: false,
      delegateReportsOnAssignedWork: false,
      citation: cite(
        'Điều 10',
        'không ủy quyền; trường hợp không thể tham dự được phải báo cáo và được sự đồng ý của Trưởng ban thì mới cử người dự họp thay.',
      ),
    },
    writtenConsultation: {
      kind: 'when-meeting-not-possible',
      requestedBy: 'chair',
      citation: cite('Điều 10', 'Trường hợp không tổ chức được phiên họp, Trưởng ban có thể yêu cầu … cho ý kiến bằng văn bản'),
    },
  },
  reporting: {
    memberReports: {
      reporter: 'members',
      recipient: 'standing-agency',
      due: {
        kind: 'fixed',
        deadlines: [
          {
            cadence: 'quarterly',
            periods: 'all',
            due: { month: 'last-month-of-period', day: 15, reading: 'no-later-than', onDayOff: 'next-working-day', wording: 'chậm nhất ngày 15 của tháng cuối quý' },
          },
        ],
        citation: cite('Điều 11', 'về cơ quan Thường trực Ban Chỉ đạo chậm nhất ngày 15 của tháng cuối quý'),
      },
      citation: cite('Điều 11', 'Các Thành viên Ban báo cáo kết quả thực hiện nhiệm vụ được phân công'),
      seeAlso: [cite('Điều 8 khoản 4')],
    },
    adHocReports: { kind: 'on-request', requestedBy: ['chair'], citation: cite('Điều 11', 'Riêng báo cáo đột xuất thực hiện theo yêu cầu của Trưởng ban.') },
    issueReports: { kind: 'none' },
    activityReports: [
      {
        author: 'committee',
        recipients: ['provincial-people-committee'],
        cadences: [],
        adHoc: true,
        commentRound: { kind: 'none' },
        due: {
          kind: 'tenant-decides',
          citation: cite('Điều 11', 'Ban Chỉ đạo thực hiện chế độ báo cáo định kỳ và đột xuất theo yêu cầu của Ủy ban nhân dân tỉnh.'),
          note: 'Kỳ báo cáo và thời hạn do UBND tỉnh yêu cầu: tỉnh cấu hình.',
        },
        citation: cite('Điều 11'),
        seeAlso: [cite('Điều 3 khoản 2')],
      },
    ],
    channels: [],
  },
  budget: {
    funding: {
      sources: ['standing-agency-budget'],
      citation: cite('Điều 12', 'nguồn kinh phí hoạt động sự nghiệp được UBND tỉnh Kiên Giang giao hàng năm cho Sở Thông tin và Truyền thông'),
    },
    estimate: {
      kind: 'flow',
      steps: [
        { actor: 'standing-agency', action: 'drafts' },
        { actor: 'finance-department', action: 'appraises' },
        { actor: 'provincial-people-committee', action: 'approves' },
      ],
      withinCeilingOf: 'standing-agency-budget',
      citation: cite(
        'Điều 12',
        'Thường trực Ban Chỉ đạo lập dự toán kinh phí hoạt động gửi Sở Tài chính thẩm định, trình Ủy ban nhân dân tỉnh phê duyệt trong tổng hạn mức kinh phí hoạt động của Sở Thông tin và Truyền thông.',
      ),
    },
    expenditureDecision: {
      kind: 'by',
      actor: 'standing-agency',
      citation: cite('Điều 12', 'Thường trực Ban chỉ đạo chịu trách nhiệm quản lý tài chính, quyết định các khoản chi cho hoạt động của Ban Chỉ đạo'),
    },
    specialExpenditure: { kind: 'none' },
    unplannedTasks: { kind: 'none' },
    settlement: {
      kind: 'by',
      actor: 'standing-agency',
      with: 'finance-department',
      annual: true,
      citation: cite('Điều 12', 'quyết toán tài chính hàng năm với Sở Tài chính'),
    },
    categories: {
      kind: 'per-legal-documents',
      // As the decision writes them (it dates TTLT 44/2007 "ngày 07 tháng 5 năm 2008").
      documents: [
        'Thông tư liên tịch số 43/2008/TTLT-BTC-BTTTT ngày 26/5/2008 (quản lý, sử dụng kinh phí chi ứng dụng CNTT trong hoạt động của cơ quan nhà nước)',
        'Thông tư liên tịch số 44/2007/TTLT-BTC-BKHCN (định mức xây dựng, phân bổ dự toán đề tài, dự án khoa học và công nghệ)',
        'Quyết định số 15/2008/QĐ-UBND ngày 24/3/2008 của UBND tỉnh Kiên Giang',
        'các văn bản quy định khác có liên quan của Nhà nước',
      ],
      citation: cite('Điều 12', 'Việc chi cho các hoạt động của Ban Chỉ đạo và Tổ giúp việc được thực hiện theo Thông tư liên tịch số 43/2008/TTLT-BTC-BTTTT'),
    },
  },
  documents: {
    noticeSigner: { kind: 'none' },
    reportSigner: { kind: 'none' },
    seals: [
      { signer: 'chair', seal: 'provincial-people-committee', citation: cite('Điều 2 khoản 3', 'Các văn bản do Trưởng ban chỉ đạo ký được đóng dấu của Ủy ban nhân dân tỉnh Kiên Giang.') },
      {
        signer: 'standing-agency',
        seal: 'standing-agency',
        note: 'Thường trực Ban Chỉ đạo: người giữ vai trò này do tỉnh chọn (composition.standingOffice).',
        citation: cite('Điều 2 khoản 2', 'được sử dụng con dấu và tài khoản của Sở Thông tin và Truyền thông trong quan hệ công tác'),
      },
    ],
  },
};
