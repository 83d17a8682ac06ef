// Quy chế làm việc của Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa,
// ban hành kèm theo Quyết định số 3461/QĐ-BCĐ ngày 16/10/2014 của Trưởng Ban Chỉ đạo.
// Source text: shared/seeds/thanh-hoa-2014-qd-3461.txt.

import { LocalDate } from '@bcd/calendar';
import type { RulePack } from '../rule-pack.schema.js';
import { citationsOf } from './cite.js';

const cite = citationsOf('3461/QĐ-BCĐ', '2014-10-16');

export const thanhHoa2014: RulePack = {
  id: 'thanh-hoa-2014',
  schemaVersion: 2,
  title: 'Quy chế làm việc của Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
  province: 'Thanh Hóa',
  committee: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
  decision: {
    number: '3461/QĐ-BCĐ',
    signedOn: LocalDate.parse('2014-10-16'),
    signedBy: 'Trưởng Ban Chỉ đạo, Chủ tịch UBND tỉnh',
    effectiveOnSigning: true,
    citation: cite('Điều 2 (Quyết định)', 'Quyết định này có hiệu lực thi hành từ ngày ký.'),
  },
  replaces: [],
  composition: {
    chair: { citation: cite('Điều 3') },
    viceChairs: { count: null, standing: 0, citation: cite('Điều 4') },
    standingMembers: {
      kind: 'fixed',
      count: 4,
      agencies: ['Sở Thông tin và Truyền thông', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'Sở Giáo dục và Đào tạo'],
      alsoWorkingGroupLeader: false,
      citation: cite('Điều 5'),
    },
    secretary: { kind: 'none', note: 'Quy chế không có Thư ký Ban Chỉ đạo.' },
    standingOffice: { kind: 'none' },
    workingGroup: {
      name: 'Tổ giúp việc',
      setUpBy: 'Trưởng Ban Chỉ đạo (Quyết định số 2605/QĐ-BCĐ ngày 17/8/2014)',
      externalMembersNominatedByAgencyHead: false,
      subGroups: false,
      membersReplaceUnsuitableStaff: false,
      citation: cite('Điều 8'),
      seeAlso: [cite('Điều 6 khoản 2.4')],
    },
    longAbsence: {
      kind: 'notify-and-replace',
      thresholdMonths: 6,
      // "đi công tác, đi học tập trung trên 6 tháng": nghỉ chế độ and a change of personnel have no threshold.
      thresholdReasons: ['work-trip', 'study'],
      notifiedTo: 'chair',
      citation: cite(
        'Điều 2 khoản 4',
        'Ủy viên Ban chỉ đạo đi công tác, đi học tập trung trên 6 tháng, nghỉ chế độ hoặc có sự thay đổi về nhân sự thì cơ quan chủ quản phải thông báo bằng văn bản và đề nghị cử người thay thế gửi Trưởng ban Chỉ đạo.',
      ),
    },
  },
  meetings: {
    plenary: {
      kind: 'periodic',
      cadence: 'annual',
      window: { kind: 'whole-period' },
      citation: cite('Điều 9 khoản 1', 'Ban Chỉ đạo họp phiên toàn thể định kỳ một năm một lần.'),
    },
    standingBoard: {
      kind: 'periodic',
      cadence: 'semiannual',
      window: { kind: 'whole-period' },
      attendees: ['chair', 'vice-chair', 'standing-member', 'office-chief', 'working-group-leader'],
      citation: cite('Điều 9 khoản 2', 'Thường trực Ban Chỉ đạo họp định kỳ 6 tháng một lần.'),
    },
    workingGroup: { kind: 'none' },
    extraordinary: {
      kind: 'allowed',
      convenedBy: ['chair', 'vice-chair'],
      onProposalOf: [],
      citation: cite('Điều 9 khoản 1', 'Trường hợp cần thiết, Trưởng ban Chỉ đạo quyết định triệu tập họp đột xuất.'),
      seeAlso: [cite('Điều 9 khoản 2', 'Trường hợp cần thiết, Trưởng ban hoặc Phó Trưởng ban Chỉ đạo quyết định triệu tập cuộc họp đột xuất')],
    },
    extended: { kind: 'none' },
    documentLeadTime: {
      kind: 'working-days',
      days: 5,
      appliesTo: 'all-meetings',
      channel: 'any',
      counting: 'exclude-send-day-and-meeting-day',
      citation: cite('Điều 9 khoản 4', 'gửi tài liệu đến các đại biểu tham dự ít nhất 5 ngày làm việc trước cuộc họp'),
    },
    absence: { kind: 'none', note: 'Điều 6 khoản 1 điểm c: tham dự đầy đủ các phiên họp; không quy định thủ tục vắng mặt.' },
    writtenConsultation: { kind: 'none' },
  },
  reporting: {
    memberReports: {
      reporter: 'agencies-running-programmes',
      recipient: 'standing-agency',
      due: {
        kind: 'fixed',
        deadlines: [
          { cadence: 'semiannual', periods: [1], due: { month: 6, day: 25, reading: 'before', onDayOff: 'next-working-day', wording: 'trước ngày 25 tháng 6' } },
          { cadence: 'annual', periods: 'all', due: { month: 11, day: 25, reading: 'before', onDayOff: 'next-working-day', wording: 'trước ngày 25 tháng 11' } },
        ],
        citation: cite('Điều 11 khoản 2', 'định kỳ 6 tháng (trước ngày 25 tháng 6), hàng năm (trước ngày 25 tháng 11)'),
      },
      citation: cite(
        'Điều 11 khoản 2',
        'Các sở, ngành, địa phương, cơ quan chủ trì thực hiện các chương trình, kế hoạch, đề án, dự án có liên quan đến công nghệ thông tin có trách nhiệm thực hiện chế độ báo cáo',
      ),
    },
    adHocReports: { kind: 'on-request', requestedBy: ['chair'], citation: cite('Điều 11 khoản 2') },
    issueReports: { kind: 'none' },
    activityReports: [
      {
        author: 'standing-agency',
        recipients: ['chair'],
        cadences: ['semiannual', 'annual'],
        adHoc: false,
        commentRound: {
          kind: 'members-comment-before-chair',
          citation: cite('Điều 11 khoản 3', 'gửi xin ý kiến các Ủy viên Ban Chỉ đạo trước khi trình Trưởng ban Chỉ đạo'),
        },
        due: { kind: 'tenant-decides', citation: cite('Điều 11 khoản 3'), note: 'Báo cáo 6 tháng và năm; Quy chế không ấn định thời hạn.' },
        citation: cite('Điều 11 khoản 3'),
      },
    ],
    channels: [
      {
        channel: 'official-email-encouraged',
        citation: cite('Điều 11 khoản 2', 'khuyến khích gửi báo cáo qua đường thư điện tử công vụ'),
      },
    ],
  },
  budget: {
    funding: {
      sources: ['standing-agency-budget'],
      citation: cite('Điều 12 khoản 1', 'được bố trí trong dự toán ngân sách hàng năm của Sở Thông tin và Truyền thông'),
    },
    estimate: {
      kind: 'flow',
      steps: [{ actor: 'standing-agency', action: 'includes-in-own-estimate' }],
      citation: cite('Điều 12 khoản 1'),
    },
    expenditureDecision: { kind: 'none' },
    specialExpenditure: { kind: 'none' },
    unplannedTasks: { kind: 'none' },
    settlement: {
      kind: 'by',
      actor: 'standing-agency',
      annual: false,
      citation: cite('Điều 12 khoản 2', 'Sở Thông tin và Truyền thông quản lý và quyết toán kinh phí hoạt động của Ban Chỉ đạo'),
    },
    categories: { kind: 'none' },
  },
  documents: {
    noticeSigner: {
      kind: 'role',
      role: 'standing-member',
      // Only the standing member who is the Sở TTTT director, not the other three (Điều 5 khoản 1).
      agency: 'Sở Thông tin và Truyền thông',
      onlyWhenAssigned: false,
      citation: cite(
        'Điều 5 khoản 1 điểm đ',
        'Ủy viên thường trực Ban Chỉ đạo, Giám đốc Sở Thông tin và Truyền thông: Ký các thông báo, biên bản họp của Ban Chỉ đạo, Thường trực Ban Chỉ đạo',
      ),
    },
    reportSigner: { kind: 'none' },
    seals: [
      { signer: 'chair', seal: 'provincial-people-committee', citation: cite('Điều 2 khoản 6') },
      { signer: 'vice-chair', seal: 'provincial-people-committee', citation: cite('Điều 2 khoản 6') },
      { signer: 'standing-agency', seal: 'own-agency', citation: cite('Điều 2 khoản 6') },
      // Standing members are members: their own agency's seal (the notice signer is one of them).
      { signer: 'standing-member', seal: 'own-agency', citation: cite('Điều 2 khoản 6') },
      {
        signer: 'member',
        seal: 'own-agency',
        citation: cite('Điều 2 khoản 6', 'Cơ quan thường trực và các thành viên Ban Chỉ đạo được sử dụng con dấu của cơ quan mình.'),
      },
    ],
  },
};
