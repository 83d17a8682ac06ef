import { thanhHoa2014, thanhHoa2018 } from '@bcd/regulation';
import { kpi03Attendance } from './kpi-03-attendance.js';
import type { IdentifiedEvent } from './kpi.js';
import { absenceDecided, absenceRequested, articleOf, BD, binhDinhHistory, delegateNamed, held, inputFor, KG, kienGiangHistory, PT, phuThoHistory, scheduled, type Invitee } from './seed-histories.js';
import { history, IDS, idsNaming } from './testing.js';

const kpi03 = (events: IdentifiedEvent[], label: string) => kpi03Attendance(inputFor(events, label));
const sorted = (ids: string[]) => [...ids].sort();
const M = IDS.members;
const A = IDS.agencies;
const REG_2014 = { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16' };
const REG_2018 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };
const TH2014_NONE = 'Quy chế (Điều 6 khoản 1 điểm c: tham dự đầy đủ các phiên họp; không quy định thủ tục vắng mặt.), Quyết định 3461/QĐ-BCĐ ngày 16/10/2014';
const TH2018_6_5 = 'Điều 6 khoản 5, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';

const board: Invitee[] = [
  { memberId: M.chair2014, role: 'chair', agencyId: A.UBND },
  { memberId: M.standing2014, role: 'standing-member', agencyId: A.STTTT },
  { memberId: M.SNV2014, role: 'member', agencyId: A.SNV },
];
const committee: Invitee[] = [
  { memberId: M.chair, role: 'chair', agencyId: A.UBND },
  { memberId: M.standing, role: 'standing-member', agencyId: A.STTTT },
  { memberId: M.SNV, role: 'member', agencyId: A.SNV },
  { memberId: M.STC, role: 'member', agencyId: A.STC },
];
const year2018 = [
  // QĐ 3461: the 2014 standing board of 15/6; Sở Nội vụ's absence is on the paper record as approved, but Điều 6.1c has members attend every session
  scheduled({ meetingId: 'board-2018-h1', kind: 'standing-board', period: '2018-H1', startsAt: '2018-06-15T08:00:00+07:00', invitees: board, presidedBy: M.chair2014, regulation: REG_2014, article: articleOf(thanhHoa2014, 'meetings.standingBoard') }),
  held('board-2018-h1', '2018-06-15T08:05:00+07:00', M.chair2014, { [M.chair2014]: 'present', [M.standing2014]: 'present', [M.SNV2014]: 'absent-approved' }),
  // QĐ 4095 Điều 6.5: Sở Nội vụ delegates with the presiding chair's consent and a written opinion; Sở Tài chính delegates with an opinion but no consent
  scheduled({ meetingId: 'plenary-2018-q4', kind: 'plenary', period: '2018-Q4', startsAt: '2018-12-25T08:00:00+07:00', invitees: committee, presidedBy: M.chair, regulation: REG_2018, article: articleOf(thanhHoa2018, 'meetings.plenary') }),
  absenceRequested('plenary-2018-q4', M.SNV, '2018-12-20'),
  absenceDecided('plenary-2018-q4', M.SNV, 'approved', M.chair, 'presiding-person', thanhHoa2018, '2018-12-21'),
  delegateNamed('plenary-2018-q4', M.SNV, A.SNV, 'Công văn 88/SNV-VP', thanhHoa2018, '2018-12-21'),
  delegateNamed('plenary-2018-q4', M.STC, A.STC, 'Công văn 12/STC-VP', thanhHoa2018, '2018-12-24'),
  held('plenary-2018-q4', '2018-12-25T08:05:00+07:00', M.chair, { [M.chair]: 'present', [M.standing]: 'present', [M.SNV]: 'delegate', [M.STC]: 'delegate' }),
];

describe('KPI 3: attendance (Thanh Hóa, judged by the regulation in force)', () => {
  it('2016 under QĐ 3461, which names no one to consent to an absence: 2 present of 3 invited → 66.66 %, Sở Nội vụ listed', () => {
    const events = history();
    const kpi = kpi03(events, '2016');
    expect(kpi).toMatchObject({ id: 'kpi-03', value: '66.66', numerator: '2', denominator: '3', target: null, citation: `RULES.md §6 mục 3; ${TH2014_NONE}` });
    expect(kpi.breakdown).toEqual([
      { label: 'present', value: '2' },
      { label: 'absent-consented', value: '0' },
      { label: 'unapproved', value: '1' },
      { label: `unapproved:${IDS.meeting2016}:${M.SNV2014}`, value: 'absent-no-procedure' },
    ]);
    const known = events.filter((e) => e.occurredAt < new Date('2017-01-01T00:00:00+07:00'));
    expect(sorted(kpi.drillDown)).toEqual(sorted(idsNaming(known, 'meetingId', IDS.meeting2016)));
  });

  it('2018 across the change of 19/10/2018: the standing board 2 of 3 (no consent possible under QĐ 3461), the 2018 plenary 3 of 4 (one delegate without consent) → 5 ÷ 7 = 71.42 %', () => {
    const events = history(...year2018);
    const kpi = kpi03(events, '2018');
    expect(inputFor(events, '2018').state.ignored).toBe(0);
    expect(kpi).toMatchObject({ value: '71.42', numerator: '5', denominator: '7', citation: `RULES.md §6 mục 3; ${TH2014_NONE}; ${TH2018_6_5}` });
    expect(kpi.breakdown).toEqual([
      { label: 'present', value: '4' },
      { label: 'absent-consented', value: '1' },
      { label: 'unapproved', value: '2' },
      { label: `unapproved:board-2018-h1:${M.SNV2014}`, value: 'absent-no-procedure' },
      { label: `unapproved:plenary-2018-q4:${M.STC}`, value: 'delegate-without-consent' },
    ]);
    expect(kpi03(events, '2018-H1')).toMatchObject({ value: '66.66', numerator: '2', denominator: '3' });
    expect(kpi03(events, '2018-Q4')).toMatchObject({ value: '75.00', numerator: '3', denominator: '4', citation: `RULES.md §6 mục 3; ${TH2018_6_5}` });
  });

  it('no meeting held in the period: no rate', () => {
    expect(kpi03(history(), '2017')).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
  });
});

describe('KPI 3 under the other seed regulations', () => {
  it('Kiên Giang 2019 (QĐ 1507 Điều 10, the chair consents): 11 present + 3 consented (two absences, one delegate) of 16 invitations → 87.50 %; Q2\'s two absences without consent listed', () => {
    const events = kienGiangHistory();
    const kpi = kpi03(events, '2019');
    expect(kpi).toMatchObject({ value: '87.50', numerator: '14', denominator: '16', citation: 'RULES.md §6 mục 3; Điều 10, Quyết định 1507/QĐ-UBND ngày 23/06/2008' });
    expect(kpi.breakdown).toEqual([
      { label: 'present', value: '11' },
      { label: 'absent-consented', value: '3' },
      { label: 'unapproved', value: '2' },
      { label: `unapproved:${KG.meetings.q2}:${KG.members.stc}`, value: 'absent-unapproved' },
      { label: `unapproved:${KG.meetings.q2}:${KG.members.snv}`, value: 'absent-unapproved' },
    ]);
    expect(sorted(kpi.drillDown)).toEqual(sorted(Object.values(KG.meetings).flatMap((id) => idsNaming(events, 'meetingId', id))));
    expect(kpi03(events, '2019-Q2')).toMatchObject({ value: '50.00', numerator: '2', denominator: '4' });
  });

  it('Bình Định 2022 (Điều 5.4, the presiding person consents, to a delegate too): 6 present + 2 consented of 10 → 80.00 %; H2\'s refused and undecided absences listed', () => {
    const kpi = kpi03(binhDinhHistory(), '2022');
    expect(kpi).toMatchObject({ value: '80.00', numerator: '8', denominator: '10', citation: 'RULES.md §6 mục 3; Điều 5 khoản 4, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)' });
    expect(kpi.breakdown.filter((b) => b.label.startsWith('unapproved:'))).toEqual([
      { label: `unapproved:${BD.meetings.h2}:${BD.members.ca}`, value: 'absent-unapproved' },
      { label: `unapproved:${BD.meetings.h2}:${BD.members.vp}`, value: 'absent-unapproved' },
    ]);
  });

  it('Phú Thọ 2023 (Điều 9.2 the chair, Điều 6.5 the presiding vice chair; a delegating member owes a written opinion): 5 present + 4 consented of 10 → 90.00 %; the delegate without a written opinion listed', () => {
    const kpi = kpi03(phuThoHistory(), '2023');
    expect(kpi).toMatchObject({ value: '90.00', numerator: '9', denominator: '10' });
    expect(kpi.citation).toBe('RULES.md §6 mục 3; Điều 9 khoản 2, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022; Điều 6 khoản 5, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022');
    expect(kpi.breakdown).toEqual([
      { label: 'present', value: '5' },
      { label: 'absent-consented', value: '4' },
      { label: 'unapproved', value: '1' },
      { label: `unapproved:${PT.meetings.h1}:${PT.members.stc}`, value: 'delegate-without-written-opinion' },
    ]);
  });
});
