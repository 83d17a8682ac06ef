import { thanhHoa2018 } from '@bcd/regulation';
import { kpi09WorkingGroupMeetings } from './kpi-09-working-group-meetings.js';
import type { IdentifiedEvent } from './kpi.js';
import { articleOf, BD, binhDinhHistory, held, inputFor, kienGiangHistory, phuThoHistory, scheduled, type Invitee, type NewEvent } from './seed-histories.js';
import { history, IDS, idsNaming } from './testing.js';

const kpi09 = (events: IdentifiedEvent[], label: string) => kpi09WorkingGroupMeetings(inputFor(events, label));
const sorted = (ids: string[]) => [...ids].sort();
const M = IDS.members;
const REG_2018 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19' };
const TH_8_3 = 'Điều 8 khoản 3, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';
// the Tổ giúp việc, led by the standing member (QĐ 4095 Điều 7)
const group: Invitee[] = [
  { memberId: M.standing, role: 'standing-member', agencyId: IDS.agencies.STTTT },
  { memberId: M.SNV, role: 'member', agencyId: IDS.agencies.SNV },
];
const groupMeeting = (meetingId: string, startsAt: string): NewEvent[] => [
  scheduled({ meetingId, kind: 'working-group', period: startsAt.slice(0, 7), startsAt, invitees: group, presidedBy: M.standing, regulation: REG_2018, article: articleOf(thanhHoa2018, 'meetings.workingGroup') }),
  held(meetingId, startsAt, M.standing, { [M.standing]: 'present', [M.SNV]: 'present' }),
];
const year2018 = [...groupMeeting('wg-2018-11', '2018-11-20T14:00:00+07:00'), ...groupMeeting('wg-2018-12', '2018-12-10T14:00:00+07:00'), ...groupMeeting('wg-2018-12b', '2018-12-27T14:00:00+07:00')];

describe('KPI 9: working-group meetings held (Thanh Hóa, monthly from QĐ 4095 Điều 8.3)', () => {
  it('2016 under QĐ 3461, which sets no working-group meetings: nothing required, no rate', () => {
    expect(kpi09(history(), '2016')).toMatchObject({ id: 'kpi-09', value: null, numerator: '0', denominator: '0', target: null, breakdown: [], drillDown: [] });
  });

  it('2018 across the change of 19/10/2018: October, November, December required (each month\'s last day under QĐ 4095); held 20/11 and 10/12 (the second December meeting counts once) → 2 ÷ 3 = 66.66 %', () => {
    const events = history(...year2018);
    const kpi = kpi09(events, '2018');
    expect(inputFor(events, '2018').state.ignored).toBe(0);
    expect(kpi).toMatchObject({ value: '66.66', numerator: '2', denominator: '3', citation: `RULES.md §6 mục 9; ${TH_8_3}` });
    expect(kpi.breakdown).toEqual([
      { label: 'working-group:2018-10:thanh-hoa-2018', value: 'missed:2018-10-01..2018-10-31' },
      { label: 'working-group:2018-11:thanh-hoa-2018', value: 'held:wg-2018-11' },
      { label: 'working-group:2018-12:thanh-hoa-2018', value: 'held:wg-2018-12' },
    ]);
    // the 2018 adoption, then the two meetings' events
    expect(kpi.drillDown.slice(0, 1)).toEqual(idsNaming(events, 'adoptionId', IDS.adoption2018));
    expect(sorted(kpi.drillDown.slice(1))).toEqual(sorted([...idsNaming(events, 'meetingId', 'wg-2018-11'), ...idsNaming(events, 'meetingId', 'wg-2018-12')]));
  });

  it('2019-Q1: three months required, none held (a meeting scheduled for January and cancelled does not count) → 0 ÷ 3 = 0.00 %', () => {
    const cancelled = [groupMeeting('wg-2019-01', '2019-01-15T14:00:00+07:00')[0], { type: 'meetings.MeetingCancelled', data: { meetingId: 'wg-2019-01', reason: 'Trùng lịch' }, occurredAt: '2019-01-10' }];
    expect(kpi09(history(...year2018, ...cancelled), '2019-Q1')).toMatchObject({ value: '0.00', numerator: '0', denominator: '3' });
  });
});

describe('KPI 9 under the other seed regulations', () => {
  it('Bình Định 2022: Điều 10.1b ("họp định kỳ và đột xuất") sets no cadence → nothing required, no rate; the slot left to the tenant is listed', () => {
    const kpi = kpi09(binhDinhHistory(), '2022');
    expect(kpi).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
    expect(kpi.breakdown).toEqual([{ label: 'needs-configuration:binh-dinh-2021', value: '2022-01-01..2022-12-31' }]);
    expect(kpi.citation).toBe('RULES.md §6 mục 9; Điều 10 khoản 1 điểm b, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)');
  });

  it('Bình Định 2022 once the tenant sets a quarterly cadence: the meeting of 12/9 holds Q3 → 1 ÷ 4 = 25.00 %', () => {
    const citation = { article: 'Mục II khoản 1', decision: 'Kế hoạch 05/KH-BCĐ', signedOn: '2022-01-10' };
    const configured: IdentifiedEvent = {
      type: 'rulebook.TenantDecisionConfigured',
      data: { adoptionId: BD.adoptionId, settings: { 'meetings.workingGroup': { kind: 'periodic', cadence: 'quarterly', window: { kind: 'whole-period' }, citation } } },
      occurredAt: new Date('2022-01-10T09:00:00+07:00'),
      recordedAt: new Date('2025-01-07T09:00:00+07:00'),
      eventId: 'bd-configured',
    };
    const kpi = kpi09([...binhDinhHistory(), configured], '2022');
    expect(kpi).toMatchObject({ value: '25.00', numerator: '1', denominator: '4', citation: 'RULES.md §6 mục 9; Mục II khoản 1, Kế hoạch 05/KH-BCĐ ngày 10/01/2022' });
    expect(kpi.breakdown.map((b) => b.value)).toEqual(['missed:2022-01-01..2022-03-31', 'missed:2022-04-01..2022-06-30', `held:${BD.meetings.workingGroup}`, 'missed:2022-10-01..2022-12-31']);
  });

  it('Kiên Giang 2008 and Phú Thọ 2022 set no working-group meetings: no denominator', () => {
    expect(kpi09(kienGiangHistory(), '2019')).toMatchObject({ value: null, denominator: '0', breakdown: [] });
    expect(kpi09(phuThoHistory(), '2023')).toMatchObject({ value: null, denominator: '0', breakdown: [] });
  });
});
