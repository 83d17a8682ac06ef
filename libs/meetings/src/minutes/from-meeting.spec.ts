// The minutes' content as a projection of the meeting's view: names read at rendering, an erased person
// printed as erased, a delegate's line saying for whom, periods written the Vietnamese way.
import { newId } from '@bcd/kernel';
import type { MeetingView } from '../read-model/meeting.view.js';
import { meetingDocumentContent, periodName, placeName } from './from-meeting.js';

const member = (role: MeetingView['invitees'][number]['role']) => ({ memberId: newId(), personId: newId(), role, agencyId: newId() });
const chair = member('chair');
const standing = member('standing-member');
const health = member('member');
const police = member('member');
const delegate = { personId: newId(), agencyId: police.agencyId };

const meeting: MeetingView = {
  meetingId: newId(),
  kind: 'plenary',
  period: '2019-Q3',
  status: 'held',
  scheduledOn: '2019-09-20',
  startsAt: '2019-09-20T01:00:00.000Z',
  place: null,
  onlineLink: 'https://hop.example.vn/bcd',
  agenda: [{ itemId: 'a1', title: 'Báo cáo 9 tháng', presenterAgencyId: standing.agencyId, plannedMinutes: 30 }],
  invitees: [chair, standing, health, police],
  guests: [],
  presidedBy: chair.memberId,
  convenedBy: { memberId: chair.memberId, role: 'chair' },
  proposedBy: null,
  regulation: { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' },
  article: 'Điều 8 khoản 1',
  reschedules: [],
  cancellation: null,
  documents: [],
  absences: [],
  delegates: [{ memberId: police.memberId, delegate, writtenOpinion: null, flag: null }],
  held: {
    heldAt: '2019-09-20T01:05:00.000Z',
    endedAt: '2019-09-20T04:00:00.000Z',
    presidedBy: chair.memberId,
    attendance: [
      { memberId: chair.memberId, status: 'present', arrivedLate: false, leftEarly: false },
      { memberId: standing.memberId, status: 'present', arrivedLate: true, leftEarly: true },
      { memberId: health.memberId, status: 'absent-approved', arrivedLate: false, leftEarly: false },
      { memberId: police.memberId, status: 'delegate', arrivedLate: false, leftEarly: false },
    ],
  },
  notice: null,
  minutes: {
    number: '25/BB-BCĐ',
    signedBy: { memberId: standing.memberId, role: 'standing-member', agencyId: standing.agencyId },
    signedAt: '2019-09-20T17:30:00.000Z',
    seal: { kind: 'own-agency', rule: 'r', article: 'a' },
    authority: { rule: 'r', article: 'a' },
    assignment: null,
  },
  conclusions: [{ conclusionId: newId(), text: 'Hoàn thành liên thông văn bản 4 cấp.' }],
  actionItems: [],
  flags: [],
  version: 9,
  sequence: 0,
};

const names = {
  province: 'Tỉnh Thanh Hóa',
  committee: 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa',
  people: new Map<string, string | null>([
    [chair.personId, 'Nguyễn Đình Xứng'],
    [standing.personId, 'Trần Đức Thắng'],
    [health.personId, null],
    [delegate.personId, 'Phạm Quốc Khánh'],
  ]),
  agencies: new Map([
    [chair.agencyId, 'UBND tỉnh Thanh Hóa'],
    [standing.agencyId, 'Sở Thông tin và Truyền thông'],
    [health.agencyId, 'Sở Y tế'],
    [police.agencyId, 'Công an tỉnh'],
  ]),
};

describe('the minutes from the meeting\'s view', () => {
  it('has nothing to render before the document is issued', () => {
    expect(meetingDocumentContent(meeting, 'notice', names)).toBeUndefined();
  });

  it('prints the issuer, the number, the date of signing in Vietnam and the period in words', () => {
    const content = meetingDocumentContent(meeting, 'minutes', names)!;
    expect(content).toMatchObject({
      issuingBody: { parent: 'UBND TỈNH THANH HÓA', name: 'BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ TỈNH THANH HÓA' },
      number: '25/BB-BCĐ',
      place: 'Thanh Hóa',
      issuedOn: '2019-09-21', // 17:30 UTC on the 20th is the 21st in Vietnam
      title: 'Phiên họp Ban Chỉ đạo quý III năm 2019',
      meeting: { startsAt: '2019-09-20T01:05:00.000Z', endsAt: '2019-09-20T04:00:00.000Z', place: 'https://hop.example.vn/bcd', presidedBy: { name: 'Nguyễn Đình Xứng', position: 'Trưởng ban' } },
      presidingSignature: { name: 'Nguyễn Đình Xứng' },
      agenda: ['Sở Thông tin và Truyền thông: Báo cáo 9 tháng'],
      conclusions: ['Hoàn thành liên thông văn bản 4 cấp.'],
      signer: { name: 'Trần Đức Thắng', position: 'ỦY VIÊN THƯỜNG TRỰC' },
    });
  });

  it('notes late arrival and early leaving, the delegate for whom, and an erased person as erased', () => {
    const content = meetingDocumentContent(meeting, 'minutes', names)!;
    expect(content.attendees).toEqual([
      { name: 'Nguyễn Đình Xứng', position: 'Trưởng ban', agency: 'UBND tỉnh Thanh Hóa' },
      { name: 'Trần Đức Thắng', position: 'Ủy viên Thường trực', agency: 'Sở Thông tin và Truyền thông', note: 'đến muộn, về sớm' },
      { name: 'Phạm Quốc Khánh', position: 'Đại diện', agency: 'Công an tỉnh', note: `dự thay ${police.personId}` },
    ]);
    expect(content.absent).toEqual([{ name: '(đã xóa dữ liệu cá nhân)', position: 'Ủy viên, Sở Y tế', approved: true }]);
  });

  it('writes periods and places as Vietnamese documents do', () => {
    expect(['2019-Q3', '2021-H1', '2021-H2', '2019-01', '2014'].map(periodName)).toEqual([
      'quý III năm 2019',
      '6 tháng đầu năm 2021',
      '6 tháng cuối năm 2021',
      'tháng 01 năm 2019',
      'năm 2014',
    ]);
    expect(placeName('Tỉnh Thanh Hóa')).toBe('Thanh Hóa');
    expect(placeName('Thành phố Cần Thơ')).toBe('Cần Thơ');
  });
});
