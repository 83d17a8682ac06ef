import { tenantKpis } from './catalogue.js';
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
