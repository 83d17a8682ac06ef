import { tenantKpis } from './catalogue.js';
import { binhDinhHistory, kienGiangHistory, phuThoHistory } from './seed-histories.js';
import { history, IDS, idsNaming, period } from './testing.js';

const kpi05 = (events: ReturnType<typeof history>, label: string) => tenantKpis(events, period(label)).find((k) => k.id === 'kpi-05');
/** A second item of the 2016 plenary, due 2017-01-15, never done. */
const overdue = {
  type: 'meetings.ActionItemAssigned',
  data: { meetingId: IDS.meeting2016, itemId: 'item-2016-b', conclusionId: null, ownerAgencyId: IDS.agencies.SNV, description: 'Rà soát thủ tục hành chính trực tuyến', assignedOn: '2016-12-20', dueOn: '2017-01-15' },
  occurredAt: '2016-12-20T11:40:00+07:00',
};

describe('KPI 5: action items in the four buckets of Báo cáo 1270 (Thanh Hóa 2014, the 2016 plenary)', () => {
  it('2016: the item assigned on 2016-12-20, due 2017-01-31, is not done and still in time: no rate', () => {
    const kpi = kpi05(history(), '2016');
    expect(kpi).toMatchObject({ value: null, numerator: '0', denominator: '0' });
    expect(kpi?.breakdown).toEqual(expect.arrayContaining([{ label: 'not-done-in-time', value: '1' }]));
  });

  it('2017-Q1: done on 2017-02-20 within the extension to 2017-02-28 (approved 2017-01-25) → done on time, 100.00 %', () => {
    const events = history();
    const kpi = kpi05(events, '2017-Q1');
    expect(kpi).toMatchObject({ value: '100.00', numerator: '1', denominator: '1' });
    expect(kpi?.breakdown).toEqual(expect.arrayContaining([{ label: 'done-on-time', value: '1' }, { label: 'complement', value: '0.00' }]));
    // assigned, extended, done
    expect(kpi?.drillDown).toEqual(idsNaming(events, 'itemId', IDS.item2016));
    expect(kpi?.drillDown).toHaveLength(3);
  });

  it('2017-Q1 with an item overdue since 2017-01-15: 1 ÷ (1 + 1) = 50.00 % and 50.00 %', () => {
    const kpi = kpi05(history(overdue), '2017-Q1');
    expect(kpi).toMatchObject({ value: '50.00', numerator: '1', denominator: '2' });
    expect(kpi?.breakdown).toEqual(expect.arrayContaining([{ label: 'not-done-overdue', value: '1' }, { label: 'complement', value: '50.00' }]));
  });

  it('an item done before the period began belongs to earlier periods; one still open is carried over', () => {
    const kpi = kpi05(history(overdue), '2018');
    expect(kpi).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(kpi?.breakdown).toEqual(expect.arrayContaining([{ label: 'not-done-overdue', value: '1' }, { label: 'complement', value: '100.00' }]));
  });
});

describe('KPI 5 under the other seed regulations', () => {
  it('Kiên Giang 2019: done 20/4 (due 30/4) on time, done 10/6 (due 31/5) late, due 30/6 not done, due 31/1/2020 still in time → 2 ÷ (2 + 1) = 66.66 % and 33.34 %', () => {
    const events = kienGiangHistory();
    const kpi = kpi05(events, '2019');
    expect(kpi).toMatchObject({ value: '66.66', numerator: '2', denominator: '3' });
    expect(kpi?.breakdown).toEqual([
      { label: 'done-on-time', value: '1' },
      { label: 'done-late', value: '1' },
      { label: 'not-done-in-time', value: '1' },
      { label: 'not-done-overdue', value: '1' },
      { label: 'complement', value: '33.34' },
    ]);
    expect(kpi?.drillDown.sort()).toEqual(['kg-1', 'kg-2', 'kg-3', 'kg-4'].flatMap((id) => idsNaming(events, 'itemId', id)).sort());
    // on 30/6 the item due that day is still in time: 2 ÷ 2
    expect(kpi05(events, '2019-Q2')).toMatchObject({ value: '100.00', numerator: '2', denominator: '2' });
  });

  it('Bình Định 2022: done 20/8 within the extension to 31/8 (approved 25/7) on time, due 30/9 not done → 1 ÷ (1 + 1) = 50.00 %; in 2022-H1 both still in time: no rate', () => {
    const events = binhDinhHistory();
    expect(kpi05(events, '2022')).toMatchObject({ value: '50.00', numerator: '1', denominator: '2' });
    expect(kpi05(events, '2022')?.breakdown).toEqual(expect.arrayContaining([{ label: 'done-on-time', value: '1' }, { label: 'not-done-overdue', value: '1' }, { label: 'complement', value: '50.00' }]));
    expect(kpi05(events, '2022-H1')).toMatchObject({ value: null, numerator: '0', denominator: '0' });
  });

  it('Phú Thọ 2023: one on time, two late (15/11 for 31/10, 28/12 for 15/12), one overdue since 30/11, one due 31/3/2024 → 3 ÷ (3 + 1) = 75.00 % and 25.00 %', () => {
    const kpi = kpi05(phuThoHistory(), '2023');
    expect(kpi).toMatchObject({ value: '75.00', numerator: '3', denominator: '4' });
    expect(kpi?.breakdown).toEqual([
      { label: 'done-on-time', value: '1' },
      { label: 'done-late', value: '2' },
      { label: 'not-done-in-time', value: '1' },
      { label: 'not-done-overdue', value: '1' },
      { label: 'complement', value: '25.00' },
    ]);
  });
});

describe('KPI 5: the example of Báo cáo 1270/BC-TCTTTg through the KPI (a generated year of action items)', () => {
  it('14,068 done on time, 1,983 done late, 5,640 not done in time, 223 not done overdue → 16,051 ÷ 16,274 = 98.62 % and 1.38 %', () => {
    const meetingId = IDS.meeting2016;
    const kinds = [
      { count: 14_068, dueOn: '2024-06-30', doneOn: '2024-06-01' },
      { count: 1_983, dueOn: '2024-03-31', doneOn: '2024-05-02' },
      { count: 5_640, dueOn: '2025-03-31', doneOn: null },
      { count: 223, dueOn: '2024-09-30', doneOn: null },
    ];
    const more = kinds.flatMap(({ count, dueOn, doneOn }, k) =>
      Array.from({ length: count }, (_, i) => {
        const itemId = `item-1270-${k}-${i}`;
        const assigned = { type: 'meetings.ActionItemAssigned', data: { meetingId, itemId, conclusionId: null, ownerAgencyId: IDS.agencies.STTTT, description: 'Nhiệm vụ', assignedOn: '2024-01-10', dueOn }, occurredAt: '2024-01-10' };
        return doneOn === null ? [assigned] : [assigned, { type: 'meetings.ActionItemDone', data: { meetingId, itemId, doneOn }, occurredAt: doneOn }];
      }),
    ).flat();
    const kpi = kpi05(history(...more), '2024');
    if (!kpi) throw new Error('no kpi-05');
    expect(kpi).toMatchObject({ value: '98.62', numerator: '16051', denominator: '16274' });
    expect(kpi.breakdown).toEqual([
      { label: 'done-on-time', value: '14068' },
      { label: 'done-late', value: '1983' },
      { label: 'not-done-in-time', value: '5640' },
      { label: 'not-done-overdue', value: '223' },
      { label: 'complement', value: '1.38' },
    ]);
    expect(kpi.drillDown).toHaveLength(21_914 + 14_068 + 1_983);
  });
});
