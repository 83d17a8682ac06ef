import { indexEvents } from './kpi.js';
import { kpi04Reports } from './kpi-04-reports.js';
import { tenantKpis } from './catalogue.js';
import { history, IDS, idsNaming, period } from './testing.js';
import { foldTenantState } from '../tenant-state/tenant-state.js';

const kpi04 = (events: ReturnType<typeof history>, label: string) => tenantKpis(events, period(label)).find((k) => k.id === 'kpi-04');
const lateSubmission = {
  type: 'reporting.ReportSubmitted',
  data: {
    obligationId: IDS.obligations.STC, submissionId: 's-2', submittedAt: '2019-06-14T10:00:00+07:00', channel: 'official-email', summary: 'Báo cáo 6 tháng', values: {}, attachments: [], template: null, resubmission: false,
    timeliness: { onTime: false, daysLate: { working: 4, calendar: 4 }, judgedAt: '2019-06-14T10:00:00+07:00' },
  },
  occurredAt: '2019-06-14T10:00:00+07:00',
};

describe('KPI 4: periodic reports by the deadline (Thanh Hóa 2018, reports due 10 June 2019)', () => {
  it('2019-H1: Sở Nội vụ on time, Sở Tài chính missing → 1 ÷ (1 + 1) = 50.00 %, under Điều 10 khoản 2 of QĐ 4095', () => {
    const events = history();
    const kpi = kpi04(events, '2019-H1');
    expect(kpi).toMatchObject({ value: '50.00', numerator: '1', denominator: '2', target: null });
    expect(kpi?.citation).toContain('Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ');
    expect(kpi?.breakdown).toEqual(expect.arrayContaining([{ label: 'done-on-time', value: '1' }, { label: 'not-done-overdue', value: '1' }, { label: `missing:${IDS.obligations.STC}`, value: '2019-06-10' }]));
    expect(kpi?.drillDown.sort()).toEqual([...idsNaming(events, 'obligationId', IDS.obligations.SNV), ...idsNaming(events, 'obligationId', IDS.obligations.STC)].sort());
  });

  it('a late report counts as done with its days late: 2 ÷ 2 = 100.00 %, 4 days late', () => {
    const kpi = kpi04(history(lateSubmission), '2019-Q2');
    expect(kpi).toMatchObject({ value: '100.00', numerator: '2', denominator: '2' });
    expect(kpi?.breakdown).toEqual(expect.arrayContaining([{ label: 'done-late', value: '1' }, { label: `days-late:${IDS.obligations.STC}`, value: '4' }, { label: 'on-time', value: '1' }]));
  });

  it('a period with no report due has no rate; reports due later are not counted', () => {
    expect(kpi04(history(), '2019-Q1')).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
    expect(kpi04(history(), '2019-Q3')).toMatchObject({ value: null, denominator: '0' });
  });

  it('is the same computed directly from the state', () => {
    const events = history();
    const p = period('2019');
    expect(kpi04Reports({ state: foldTenantState(events), period: p, events: indexEvents(events) })).toMatchObject({ value: '50.00' });
  });
});
