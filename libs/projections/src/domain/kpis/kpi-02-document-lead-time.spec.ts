import { checkDocumentLeadTime, thanhHoa2014, thanhHoa2018 } from '@bcd/regulation';
import { kpi02DocumentLeadTime } from './kpi-02-document-lead-time.js';
import { articleOf, BD, binhDinhHistory, distributed, held, inputFor, KG, kienGiangHistory, phuThoHistory, scheduled, type Invitee } from './seed-histories.js';
import { history, IDS, idsNaming } from './testing.js';
import type { IdentifiedEvent } from './kpi.js';

const kpi02 = (events: IdentifiedEvent[], label: string) => kpi02DocumentLeadTime(inputFor(events, label));
/** Drill-downs list events in business order: compared as sets. */
const sorted = (ids: string[]) => [...ids].sort();
const M = IDS.members;
const REG_2014 = { packId: 'thanh-hoa-2014', decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16' };
const REG_2018 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };
const board2014: Invitee[] = [
  { memberId: M.chair2014, role: 'chair', agencyId: IDS.agencies.UBND },
  { memberId: M.standing2014, role: 'standing-member', agencyId: IDS.agencies.STTTT },
];
const committee2018: Invitee[] = [
  { memberId: M.chair, role: 'chair', agencyId: IDS.agencies.UBND },
  { memberId: M.standing, role: 'standing-member', agencyId: IDS.agencies.STTTT },
];
// the plenary of Tuesday 20/12/2016 (QĐ 3461 Điều 9.4: 5 working days): Tue 13 – Mon 19 are the five, so Monday 12/12 is the last day
const onTime2016 = distributed(IDS.meeting2016, 'd-2016-1', '2016-12-12T09:00:00+07:00', { outcome: 'met', latestSendDate: '2016-12-12' }, thanhHoa2014);
const late2016 = distributed(IDS.meeting2016, 'd-2016-2', '2016-12-16T09:00:00+07:00', { outcome: 'missed', latestSendDate: '2016-12-12' }, thanhHoa2014);
// 2018: the 2014 standing board of Friday 15/6 (last day Thursday 7/6), then the 2018 plenary of Tuesday 25/12 (no lead time)
const year2018 = [
  scheduled({ meetingId: 'board-2018-h1', kind: 'standing-board', period: '2018-H1', startsAt: '2018-06-15T08:00:00+07:00', invitees: board2014, presidedBy: M.chair2014, regulation: REG_2014, article: articleOf(thanhHoa2014, 'meetings.standingBoard') }),
  distributed('board-2018-h1', 'd-board-2018', '2018-06-11T09:00:00+07:00', { outcome: 'missed', latestSendDate: '2018-06-07' }, thanhHoa2014),
  held('board-2018-h1', '2018-06-15T08:05:00+07:00', M.chair2014, { [M.chair2014]: 'present', [M.standing2014]: 'present' }),
  scheduled({ meetingId: 'plenary-2018-q4', kind: 'plenary', period: '2018-Q4', startsAt: '2018-12-25T08:00:00+07:00', invitees: committee2018, presidedBy: M.chair, regulation: REG_2018, article: articleOf(thanhHoa2018, 'meetings.plenary') }),
  distributed('plenary-2018-q4', 'd-plenary-2018', '2018-12-24T09:00:00+07:00', { outcome: 'no-rule' }, thanhHoa2018),
  held('plenary-2018-q4', '2018-12-25T08:05:00+07:00', M.chair, { [M.chair]: 'present', [M.standing]: 'present' }),
];

describe('KPI 2: meetings whose documents went out within the lead time (Thanh Hóa, judged by the regulation in force)', () => {
  it('2016 under QĐ 3461 Điều 9.4: the plenary of 20/12 had no document recorded → 0 ÷ 1 = 0.00 %, listed late', () => {
    const kpi = kpi02(history(), '2016');
    expect(kpi).toMatchObject({ id: 'kpi-02', value: '0.00', numerator: '0', denominator: '1', target: null });
    expect(kpi.breakdown).toEqual([{ label: 'on-time', value: '0' }, { label: 'late', value: '1' }, { label: 'without-rule', value: '0' }, { label: `late:${IDS.meeting2016}`, value: 'no-documents' }]);
    expect(kpi.citation).toBe('RULES.md §6 mục 2; Điều 9 khoản 4, Quyết định 3461/QĐ-BCĐ ngày 16/10/2014');
  });

  it('2016: documents sent Monday 12/12, the last day of the five working days → 1 ÷ 1 = 100.00 %; the meeting\'s events behind it', () => {
    const events = history(onTime2016);
    const kpi = kpi02(events, '2016');
    expect(kpi).toMatchObject({ value: '100.00', numerator: '1', denominator: '1' });
    const known = events.filter((e) => e.occurredAt < new Date('2017-01-01T00:00:00+07:00'));
    // scheduled, the document, held, the item assigned there (extended and done in 2017)
    expect(sorted(kpi.drillDown)).toEqual(sorted(idsNaming(known, 'meetingId', IDS.meeting2016)));
    expect(kpi.drillDown).toHaveLength(4);
  });

  it('2016 with a second document on Friday 16/12: not all went out in time → 0 ÷ 1 = 0.00 %, the late document named', () => {
    const kpi = kpi02(history(onTime2016, late2016), '2016');
    expect(kpi).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(kpi.breakdown).toContainEqual({ label: `late:${IDS.meeting2016}`, value: 'missed:d-2016-2' });
  });

  it('2018 across the change of 19/10/2018: the 2014 standing board (sent Monday 11/6, after Thursday 7/6) is late; the 2018 plenary has no lead-time rule and is not counted → 0 ÷ 1 = 0.00 %', () => {
    const events = history(...year2018);
    const kpi = kpi02(events, '2018');
    expect(inputFor(events, '2018').state.ignored).toBe(0);
    expect(kpi).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(kpi.breakdown).toEqual([{ label: 'on-time', value: '0' }, { label: 'late', value: '1' }, { label: 'without-rule', value: '1' }, { label: 'late:board-2018-h1', value: 'missed:d-board-2018' }]);
    expect(sorted(kpi.drillDown)).toEqual(sorted(idsNaming(events, 'meetingId', 'board-2018-h1')));
    // QĐ 4095 alone sets no lead time: no denominator
    expect(kpi02(events, '2018-Q4')).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [], citation: 'RULES.md §6 mục 2' });
  });

  it('a meeting naming a regulation the tenant never adopted is not judged, and listed', () => {
    const stray = scheduled({ meetingId: 'stray', kind: 'plenary', period: null, startsAt: '2016-06-10T08:00:00+07:00', invitees: board2014, presidedBy: M.chair2014, regulation: { ...REG_2014, decisionNumber: '99/QĐ-BCĐ' }, article: 'Điều 9' });
    const kpi = kpi02(history(onTime2016, stray, held('stray', '2016-06-10T08:05:00+07:00', M.chair2014, { [M.chair2014]: 'present', [M.standing2014]: 'present' })), '2016');
    expect(kpi).toMatchObject({ value: '100.00', denominator: '1' });
    expect(kpi.breakdown).toContainEqual({ label: 'unknown-regulation:stray', value: 'thanh-hoa-2014' });
  });

  it('the outcomes recorded above are what @bcd/regulation judges', () => {
    const judge = (startsAt: string, sentAt: string, pack = thanhHoa2014) => checkDocumentLeadTime(pack, { meetingAt: new Date(startsAt), documentsSentAt: new Date(sentAt), periodic: true });
    expect(judge('2016-12-20T08:00:00+07:00', '2016-12-12T09:00:00+07:00')).toMatchObject({ outcome: 'met', latestSendDate: '2016-12-12' });
    expect(judge('2016-12-20T08:00:00+07:00', '2016-12-16T09:00:00+07:00')).toMatchObject({ outcome: 'missed' });
    expect(judge('2018-06-15T08:00:00+07:00', '2018-06-11T09:00:00+07:00')).toMatchObject({ outcome: 'missed', latestSendDate: '2018-06-07' });
    expect(judge('2018-12-25T08:00:00+07:00', '2018-12-24T09:00:00+07:00', thanhHoa2018)).toEqual({ outcome: 'no-rule' });
  });
});

describe('KPI 2 under the other seed regulations', () => {
  it('Kiên Giang 2019 (QĐ 1507 Điều 11, 3 working days before a periodic meeting): Q1 on time, Q2 late (14/6 after 12/6), Q3 no document; the extraordinary meeting not counted → 1 ÷ 3 = 33.33 %', () => {
    const events = kienGiangHistory();
    const kpi = kpi02(events, '2019');
    expect(kpi).toMatchObject({ value: '33.33', numerator: '1', denominator: '3', citation: 'RULES.md §6 mục 2; Điều 11, Quyết định 1507/QĐ-UBND ngày 23/06/2008' });
    expect(kpi.breakdown).toEqual([
      { label: 'on-time', value: '1' },
      { label: 'late', value: '2' },
      { label: 'without-rule', value: '1' },
      { label: `late:${KG.meetings.q2}`, value: 'missed:d-kg-q2' },
      { label: `late:${KG.meetings.q3}`, value: 'no-documents' },
    ]);
    expect(sorted(kpi.drillDown)).toEqual(sorted([KG.meetings.q1, KG.meetings.q2, KG.meetings.q3].flatMap((id) => idsNaming(events, 'meetingId', id))));
    expect(kpi02(events, '2019-Q1')).toMatchObject({ value: '100.00', numerator: '1', denominator: '1' });
  });

  it('Bình Định 2022 (Điều 10.1c, 48 hours, electronically): H1\'s two documents by Saturday 18/6 08:00 → on time; the working group\'s paper-only document and H2\'s of Sunday 25/12 09:00 (23 hours) late → 1 ÷ 3 = 33.33 %', () => {
    const kpi = kpi02(binhDinhHistory(), '2022');
    expect(kpi).toMatchObject({ value: '33.33', numerator: '1', denominator: '3' });
    expect(kpi.citation).toBe('RULES.md §6 mục 2; Điều 10 khoản 1 điểm c, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)');
    expect(kpi.breakdown.filter((b) => b.label.startsWith('late:'))).toEqual([
      { label: `late:${BD.meetings.workingGroup}`, value: 'missed:d-bd-wg' },
      { label: `late:${BD.meetings.h2}`, value: 'missed:d-bd-h2b' },
    ]);
  });

  it('Phú Thọ 2023 (QĐ 1344 sets no lead time): no denominator; its two plenaries are not counted', () => {
    expect(kpi02(phuThoHistory(), '2023')).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [], breakdown: [{ label: 'on-time', value: '0' }, { label: 'late', value: '0' }, { label: 'without-rule', value: '2' }] });
  });
});
