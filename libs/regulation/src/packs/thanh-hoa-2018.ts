// Quy chế hoạt động của Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa,
// ban hành kèm theo Quyết định số 4095/QĐ-BCĐ ngày 19/10/2018 của Trưởng Ban Chỉ đạo.
// It sets up a new committee (Quyết định 4094/QĐ-UBND of the same day) and never names the 2014
// regulation (3461/QĐ-BCĐ): the pack replaces nothing. That 3461 lapsed on 2018-10-19 is the tenant's
// reading, recorded by its adoption (`supersedes`). Source text: shared/seeds/thanh-hoa-2018-qd-4095.txt.

import { LocalDate } from '@bcd/calendar';
import type { RulePack } from '../rule-pack.schema.js';
import { citationsOf } from './cite.js';

const cite = citationsOf('4095/QĐ-BCĐ', '2018-10-19');

export const thanhHoa2018: RulePack = {
  id: 'thanh-hoa-2018',
  schemaVersion: 2,
  title: 'Quy chế hoạt động của Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa',
  province: 'Thanh Hóa',
  committee: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa',
  decision: {
    number: '4095/QĐ-BCĐ',
    signedOn: LocalDate.parse('2018-10-19'),
    signedBy: 'Trưởng Ban Chỉ đạo, Chủ tịch UBND tỉnh',
    effectiveOnSigning: true,
    citation: cite('Điều 2 (Quyết định)', 'Quyết định này có hiệu lực thi hành kể từ ngày ký.'),
  },
  replaces: [],
  composition: {
    chair: { citation: cite('Điều 3') },
    viceChairs: { count: null, standing: 0, citation: cite('Điều 4') },
    standingMembers: {
      kind: 'fixed',
      count: 1,
      alsoWorkingGroupLeader: true,
      citation: cite('Điều 5', 'Ủy viên Thường trực kiêm thư ký Ban Chỉ đạo, Tổ trưởng Tổ giúp việc'),
    },
    secretary: { kind: 'held-by-standing-member', citation: cite('Điều 5', 'Ủy viên Thường trực kiêm thư ký Ban Chỉ đạo') },
    standingOffice: { kind: 'none' },
    workingGroup: {
      name: 'Tổ giúp việc',
      setUpBy: 'Ủy viên Thường trực (Tổ trưởng) thành lập các nhóm công tác; các Ủy viên cử cán bộ, chuyên gia',
      externalMembersNominatedByAgencyHead: false,
      subGroups: true,
      membersReplaceUnsuitableStaff: true,
      citation: cite('Điều 7 khoản 8', 'Tổ giúp việc được tổ chức thành các nhóm công tác do Tổ trưởng Tổ giúp việc quyết định và phân công nhiệm vụ.'),
      seeAlso: [cite('Điều 5 khoản 5'), cite('Điều 6 khoản 6')],
    },
    longAbsence: { kind: 'none' },
  },
  meetings: {
    plenary: {
      kind: 'periodic',
      cadence: 'quarterly',
      window: { kind: 'whole-period' },
      citation: cite('Điều 8 khoản 1', 'Ban Chỉ đạo họp định kỳ một Quý một lần.'),
    },
    standingBoard: { kind: 'none' },
    workingGroup: {
      kind: 'periodic',
      cadence: 'monthly',
      window: { kind: 'whole-period' },
      citation: cite('Điều 8 khoản 3', 'Tổ giúp việc họp định kỳ một tháng một lần và theo yêu cầu của lãnh đạo Tổ giúp việc.'),
    },
    extraordinary: {
      kind: 'allowed',
      convenedBy: ['chair', 'vice-chair'],
      onProposalOf: ['secretary'],
      citation: cite(
        'Điều 8 khoản 1',
        'Ban Chỉ đạo có thể họp đột xuất theo chỉ đạo của Trưởng Ban, Phó Trưởng Ban Chỉ đạo hoặc theo đề nghị của thư ký Ban Chỉ đạo.',
      ),
    },
    extended: {
      kind: 'allowed',
      decidedBy: 'chair',
      invitees: 'Người đứng đầu cơ quan chủ trì chương trình, đề án, dự án; chuyên gia, nhà khoa học',
      citation: cite('Điều 8 khoản 2'),
    },
    documentLeadTime: { kind: 'none' },
    absence: {
      kind: 'report-and-approval',
      approvers: [{ by: 'presiding-person', citation: cite('Điều 6 khoản 5', 'phải báo cáo và được sự đồng ý của người chủ trì cuộc họp') }],
      substitute: 'allowed',
      delegateMustSubmitWrittenOpinion: true,
      delegateReportsOnAssignedWork: false,
      citation: cite(
        'Điều 6 khoản 5',
        'trong trường hợp không thể tham dự phải báo cáo và được sự đồng ý của người chủ trì cuộc họp; trường hợp ủy quyền cho người dự họp thay phải tham gia ý kiến bằng văn bản',
      ),
    },
    writtenConsultation: { kind: 'none' },
  },
  reporting: {
    memberReports: {
      reporter: 'agencies-running-programmes',
      recipient: 'standing-agency',
      due: {
        kind: 'fixed',
        deadlines: [
          { cadence: 'semiannual', periods: [1], due: { month: 6, day: 10, reading: 'before', onDayOff: 'next-working-day', wording: 'trước ngày 10 tháng 6' } },
          { cadence: 'annual', periods: 'all', due: { month: 12, day: 5, reading: 'before', onDayOff: 'next-working-day', wording: 'trước ngày 05 tháng 12' } },
        ],
        citation: cite('Điều 10 khoản 2', 'định kỳ 6 tháng (trước ngày 10 tháng 6), hàng năm (trước ngày 05 tháng 12)'),
      },
      citation: cite(
        'Điều 10 khoản 2',
        'Các sở, ngành, địa phương, cơ quan chủ trì thực hiện các chương trình, kế hoạch, đề án, dự án có liên quan đến xây dựng, phát triển Chính quyền điện tử có trách nhiệm thực hiện chế độ báo cáo',
      ),
    },
    adHocReports: { kind: 'on-request', requestedBy: ['chair'], citation: cite('Điều 10 khoản 2') },
    issueReports: {
      kind: 'as-they-arise',
      reporter: 'members',
      recipients: ['chair', 'vice-chair'],
      citation: cite('Điều 6 khoản 4', 'Kịp thời báo cáo Trưởng Ban, Phó Trưởng Ban Chỉ đạo về những vấn đề phát sinh trong quá trình triển khai nhiệm vụ được giao'),
    },
    activityReports: [
      {
        author: 'standing-agency',
        recipients: ['chair'],
        cadences: ['semiannual', 'annual'],
        adHoc: false,
        commentRound: {
          kind: 'members-comment-before-chair',
          citation: cite('Điều 10 khoản 3', 'gửi xin ý kiến các Ủy viên Ban Chỉ đạo trước khi trình Trưởng Ban Chỉ đạo'),
        },
        due: { kind: 'tenant-decides', citation: cite('Điều 10 khoản 3'), note: 'Báo cáo 6 tháng và năm; Quy chế không ấn định thời hạn.' },
        citation: cite('Điều 10 khoản 3'),
      },
      {
        author: 'working-group',
        recipients: ['chair', 'vice-chair', 'member'],
        cadences: ['quarterly'],
        adHoc: false,
        commentRound: { kind: 'none' },
        due: { kind: 'tenant-decides', citation: cite('Điều 7 khoản 9'), note: 'Hàng quý; Quy chế không ấn định thời hạn.' },
        citation: cite(
          'Điều 7 khoản 9',
          'Định kỳ hàng quý báo cáo Trưởng Ban, Phó Trưởng Ban Chỉ đạo và các Ủy viên Ban Chỉ đạo về tình hình, kết quả hoạt động của Ban Chỉ đạo và Tổ giúp việc.',
        ),
      },
    ],
    channels: [],
  },
  budget: {
    funding: {
      sources: ['standing-agency-budget', 'other-lawful-sources'],
      citation: cite('Điều 11 khoản 1'),
    },
    estimate: {
      kind: 'flow',
      steps: [
        { actor: 'standing-agency', action: 'drafts' },
        { actor: 'chair', action: 'reviews' },
        { actor: 'competent-authority', action: 'approves' },
      ],
      citation: cite('Điều 11 khoản 2', 'lập kế hoạch, dự toán kinh phí thông qua Trưởng Ban Chỉ đạo, trình cơ quan có thẩm quyền cấp'),
    },
    expenditureDecision: { kind: 'none' },
    specialExpenditure: {
      kind: 'flow',
      proposer: 'standing-agency',
      coordinatesWith: 'finance-department',
      decidedBy: 'chair',
      citation: cite(
        'Điều 11 khoản 2',
        'Trưởng hợp phát sinh các nội dung chi đặc thù chưa có tiêu chuẩn, định mức, chế độ chi, cơ quan Thường trực Ban Chỉ đạo chủ trì, phối hợp với Sở Tài chính để thống nhất nội dung trình Trưởng Ban Chỉ đạo xem xét, quyết định.',
      ),
    },
    unplannedTasks: { kind: 'none' },
    settlement: { kind: 'by', actor: 'standing-agency', annual: false, citation: cite('Điều 11 khoản 2') },
    categories: { kind: 'none' },
  },
  documents: {
    noticeSigner: {
      kind: 'role',
      role: 'standing-member',
      onlyWhenAssigned: false,
      citation: cite('Điều 5 khoản 4', 'ký các thông báo, biên bản họp của Ban Chỉ đạo'),
    },
    reportSigner: { kind: 'none' },
    seals: [
      { signer: 'chair', seal: 'provincial-people-committee', citation: cite('Điều 2 khoản 6') },
      { signer: 'vice-chair', seal: 'provincial-people-committee', citation: cite('Điều 2 khoản 6') },
      { signer: 'standing-agency', seal: 'own-agency', citation: cite('Điều 2 khoản 6') },
      // The standing member, who is also the secretary, is a member: their own agency's seal.
      { signer: 'standing-member', seal: 'own-agency', citation: cite('Điều 2 khoản 6') },
      { signer: 'secretary', seal: 'own-agency', citation: cite('Điều 2 khoản 6') },
      { signer: 'member', seal: 'own-agency', citation: cite('Điều 2 khoản 6') },
    ],
  },
};
