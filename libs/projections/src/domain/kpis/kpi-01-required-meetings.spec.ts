import { tenantKpis } from './catalogue.js';
import { BD, binhDinhHistory, KG, kienGiangHistory, PT, phuThoHistory } from './seed-histories.js';
import { history, IDS, idsNaming, period } from './testing.js';

const kpi01 = (events: ReturnType<typeof history>, label: string) => tenantKpis(events, period(label)).find((k) => k.id === 'kpi-01');
const REG_2018 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };
const plenary2018 = [
  {
    type: 'meetings.MeetingScheduled',
    data: {
      meetingId: 'meeting-2018-q4', kind: 'plenary', period: '2018-Q4', scheduledOn: '2018-12-25', startsAt: '2018-12-25T08:00:00+07:00', place: 'Hội trường UBND tỉnh', onlineLink: null,
      agenda: [], invitees: [{ memberId: IDS.members.chair, personId: 'p-xung', role: 'chair', agencyId: IDS.agencies.UBND }], guests: [], presidedBy: IDS.members.chair,
      convenedBy: { memberId: IDS.members.chair, role: 'chair' }, proposedBy: null, regulation: REG_2018, article: 'Điều 8 khoản 1, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018',
    },
    occurredAt: '2018-12-01T09:00:00+07:00',
  },
  {
    type: 'meetings.MeetingHeld',
    data: { meetingId: 'meeting-2018-q4', heldAt: '2018-12-25T08:05:00+07:00', endedAt: '2018-12-25T11:00:00+07:00', presidedBy: IDS.members.chair, attendance: [{ memberId: IDS.members.chair, status: 'present', arrivedLate: false, leftEarly: false }] },
    occurredAt: '2018-12-25T11:00:00+07:00',
  },
];

describe('KPI 1: required meetings held in their window (Thanh Hóa, judged by the regulation in force)', () => {
  it('2016 under QĐ 3461 (2014): the annual plenary (Điều 9.1) held on 2016-12-20, the two 6-monthly standing board meetings (Điều 9.2) not → 1 ÷ 3 = 33.33 %', () => {
    const events = history();
    const kpi = kpi01(events, '2016');
    expect(kpi).toMatchObject({ value: '33.33', numerator: '1', denominator: '3' });
    expect(kpi?.breakdown).toEqual([
      { label: 'standing-board:2016-H1:thanh-hoa-2014', value: 'missed:2016-01-01..2016-06-30' },
      { label: 'plenary:2016:thanh-hoa-2014', value: `held:${IDS.meeting2016}` },
      { label: 'standing-board:2016-H2:thanh-hoa-2014', value: 'missed:2016-07-01..2016-12-31' },
    ]);
    expect(kpi?.citation).toContain('Điều 9 khoản 1');
    expect(kpi?.citation).toContain('Điều 9 khoản 2');
    // the adoption, and the meeting's events known at the end of 2016 (scheduled, held, the item assigned there)
    const known = events.filter((e) => e.occurredAt < new Date('2017-01-01T00:00:00+07:00'));
    expect(kpi?.drillDown).toEqual([...idsNaming(known, 'adoptionId', IDS.adoption2014), ...idsNaming(known, 'meetingId', IDS.meeting2016)]);
  });

  it('2018 across the change of 2018-10-19: the 2014 standing board of 2018-H1, then the 2018 quarterly plenary of Q4 (Điều 8.1); the 2014 annual plenary and 2018-H2 standing board fall after the change and are no longer required', () => {
    const kpi = kpi01(history(), '2018');
    expect(kpi?.breakdown.map((b) => b.label)).toEqual(['standing-board:2018-H1:thanh-hoa-2014', 'plenary:2018-Q4:thanh-hoa-2018']);
    expect(kpi).toMatchObject({ value: '0.00', numerator: '0', denominator: '2' });
  });

  it('2018 with the Q4 plenary held on 2018-12-25 → 1 ÷ 2 = 50.00 %, pointing to both regulations and the meeting', () => {
    const events = history(...plenary2018);
    const kpi = kpi01(events, '2018');
    expect(kpi).toMatchObject({ value: '50.00', numerator: '1', denominator: '2' });
    expect(kpi?.drillDown).toEqual([...idsNaming(events, 'adoptionId', IDS.adoption2014), ...idsNaming(events, 'adoptionId', IDS.adoption2018), ...idsNaming(events, 'meetingId', 'meeting-2018-q4')]);
    // a quarter of the 2018 regulation alone
    expect(kpi01(events, '2018-Q4')).toMatchObject({ value: '100.00', numerator: '1', denominator: '1' });
  });

  it('before any regulation nothing is required: no rate', () => {
    expect(kpi01(history(), '2013')).toMatchObject({ value: null, denominator: '0', drillDown: [] });
  });
});

describe('KPI 1 under the other seed regulations', () => {
  it('Kiên Giang 2019 (QĐ 1507 Điều 10, quarterly, days 20–30 of the quarter\'s last month): Q1 on 25/3 and Q3 on 25/9 in their windows, Q2 on 18/6 too early, Q4 none; the extraordinary meeting is not required → 2 ÷ 4 = 50.00 %', () => {
    const events = kienGiangHistory();
    const kpi = kpi01(events, '2019');
    expect(kpi).toMatchObject({ value: '50.00', numerator: '2', denominator: '4', citation: 'RULES.md §6 mục 1; Điều 10, Quyết định 1507/QĐ-UBND ngày 23/06/2008' });
    expect(kpi?.breakdown).toEqual([
      { label: 'plenary:2019-Q1:kien-giang-2008', value: `held:${KG.meetings.q1}` },
      { label: 'plenary:2019-Q2:kien-giang-2008', value: 'missed:2019-06-20..2019-06-30' },
      { label: 'plenary:2019-Q3:kien-giang-2008', value: `held:${KG.meetings.q3}` },
      { label: 'plenary:2019-Q4:kien-giang-2008', value: 'missed:2019-12-20..2019-12-30' },
    ]);
    expect(kpi?.drillDown.slice(0, 1)).toEqual(idsNaming(events, 'adoptionId', KG.adoptionId));
    expect(kpi?.drillDown.slice(1).sort()).toEqual([...idsNaming(events, 'meetingId', KG.meetings.q1), ...idsNaming(events, 'meetingId', KG.meetings.q3)].sort());
  });

  it('Bình Định (Điều 10.1a, every 6 months, in force from 15/3/2021): 2022 both plenaries held (20/6, 26/12) → 2 ÷ 2 = 100.00 %; 2021 none held → 0 ÷ 2 = 0.00 %', () => {
    const events = binhDinhHistory();
    const kpi = kpi01(events, '2022');
    expect(kpi).toMatchObject({ value: '100.00', numerator: '2', denominator: '2' });
    expect(kpi?.breakdown).toEqual([
      { label: 'plenary:2022-H1:binh-dinh-2021', value: `held:${BD.meetings.h1}` },
      { label: 'plenary:2022-H2:binh-dinh-2021', value: `held:${BD.meetings.h2}` },
    ]);
    expect(kpi?.citation).toBe('RULES.md §6 mục 1; Điều 10 khoản 1 điểm a, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)');
    expect(kpi01(events, '2021')).toMatchObject({ value: '0.00', numerator: '0', denominator: '2' });
  });

  it('Phú Thọ (QĐ 1344 Điều 9.1, every 6 months, in force from 18/5/2022): 2023 both held (15/6, 20/12 presided by the vice chair) → 2 ÷ 2 = 100.00 %; 2022-H2 none → 0 ÷ 1 = 0.00 %', () => {
    const events = phuThoHistory();
    expect(kpi01(events, '2023')).toMatchObject({ value: '100.00', numerator: '2', denominator: '2', citation: 'RULES.md §6 mục 1; Điều 9 khoản 1, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022' });
    expect(kpi01(events, '2023-H2')?.breakdown).toEqual([{ label: 'plenary:2023-H2:phu-tho-2022', value: `held:${PT.meetings.h2}` }]);
    expect(kpi01(events, '2022-H2')).toMatchObject({ value: '0.00', numerator: '0', denominator: '1', breakdown: [{ label: 'plenary:2022-H2:phu-tho-2022', value: 'missed:2022-07-01..2022-12-31' }] });
  });
});
