import { LocalDate } from '@bcd/calendar';
import { ValidationFailed } from '@bcd/kernel';
import { binhDinh2021, kienGiang2008, phuTho2022 } from './packs/index.js';
import { scheduleForPack } from './schedule.js';
import { configurePack, interpretations, isComplete, tenantDecisions } from './tenant-configuration.js';

const d = (s: string) => LocalDate.parse(s);
const citation = { article: 'Điều 2', decision: '12/QĐ-BCĐ', signedOn: d('2021-04-01') };

function errorsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailed);
    return (error as ValidationFailed).errors.map((e) => e.path);
  }
  throw new Error('expected ValidationFailed');
}

describe('tenant decisions', () => {
  it('lists what each built-in regulation leaves to the committee', () => {
    expect(tenantDecisions(kienGiang2008).map((t) => t.path)).toEqual(['composition.standingOffice', 'reporting.activityReports.0.due']);
    expect(tenantDecisions(binhDinh2021).map((t) => t.path)).toEqual([
      'meetings.workingGroup',
      'reporting.activityReports.0.due',
      'reporting.activityReports.1.due',
      'documents.noticeSigner',
    ]);
    expect(tenantDecisions(phuTho2022)).toEqual([
      expect.objectContaining({ path: 'reporting.memberReports.recipient', citation: expect.objectContaining({ article: 'Điều 4 khoản 3' }) }),
      expect.objectContaining({ path: 'reporting.memberReports.due', citation: expect.objectContaining({ article: 'Điều 4 khoản 3' }) }),
      expect.objectContaining({ path: 'reporting.activityReports.0.due' }),
    ]);
  });

  it('a configured working-group cadence generates its meetings (Bình Định: monthly, by the tenant)', () => {
    const configured = configurePack(binhDinh2021, {
      'meetings.workingGroup': { kind: 'periodic', cadence: 'monthly', window: { kind: 'whole-period' }, citation },
      'reporting.activityReports.0.due': {
        kind: 'fixed',
        deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 25, reading: 'no-later-than', wording: 'chậm nhất ngày 25' } }],
        citation,
      },
      'reporting.activityReports.1.due': { kind: 'none', note: 'Báo cáo theo yêu cầu của Ủy ban Quốc gia, Tỉnh ủy, UBND tỉnh.' },
      'documents.noticeSigner': { kind: 'role', role: 'vice-chair', onlyWhenAssigned: false, citation },
    });
    expect(isComplete(configured)).toBe(true);
    const s = scheduleForPack(configured, d('2022-01-01'), d('2022-03-31'));
    expect(s.meetings.filter((m) => m.kind === 'working-group').map((m) => m.period)).toEqual(['2022-01', '2022-02', '2022-03']);
    expect(s.reportObligations.find((o) => o.report === 'activity-report')).toEqual(
      expect.objectContaining({ reporter: 'working-group', period: '2022-Q1', dueDate: '2022-03-25', citation }),
    );
    expect(s.needsConfiguration).toEqual([]);
    // the built-in pack is untouched
    expect(binhDinh2021.meetings.workingGroup.kind).toBe('tenant-decides');
  });

  it('refuses a path the regulation does not leave to the tenant', () => {
    expect(errorsOf(() => configurePack(phuTho2022, { 'meetings.plenary': { kind: 'none' } }))).toEqual(['meetings.plenary']);
  });

  it('lets a province change the readings of its rules: due-date roll-over, wording, lead-time counting (RULES.md §7)', () => {
    expect(interpretations(kienGiang2008)).toEqual([
      { path: 'reporting.memberReports.due.deadlines.0.due.reading', value: 'no-later-than', options: ['before', 'no-later-than'] },
      { path: 'reporting.memberReports.due.deadlines.0.due.onDayOff', value: 'next-working-day', options: ['next-working-day', 'literal'] },
      { path: 'meetings.documentLeadTime.counting', value: 'exclude-send-day-and-meeting-day', options: ['exclude-send-day-and-meeting-day', 'send-day-counts'] },
    ]);
    // A reading of a rule the tenant configures in the same settings.
    const due = {
      kind: 'fixed',
      deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 15, reading: 'no-later-than', wording: 'chậm nhất ngày 15' } }],
      citation,
    };
    const configured = configurePack(phuTho2022, {
      'reporting.memberReports.due.deadlines.0.due.onDayOff': 'literal',
      'reporting.memberReports.due': due,
    });
    const rule = configured.reporting.memberReports.due;
    expect(rule.kind === 'fixed' && rule.deadlines[0].due.onDayOff).toBe('literal');
    // Left out, the roll-over is the default (BLDS 2015 Điều 148.5).
    const byDefault = configurePack(phuTho2022, { 'reporting.memberReports.due': due }).reporting.memberReports.due;
    expect(byDefault.kind === 'fixed' && byDefault.deadlines[0].due.onDayOff).toBe('next-working-day');
    expect(errorsOf(() => configurePack(kienGiang2008, { 'meetings.documentLeadTime.counting': 'hours' }))).toEqual(['meetings.documentLeadTime.counting']);
    expect(errorsOf(() => configurePack(kienGiang2008, { 'meetings.documentLeadTime.days': 1 }))).toEqual(['meetings.documentLeadTime.days']);
  });

  it('refuses an invalid rule with the full field path', () => {
    expect(
      errorsOf(() =>
        configurePack(phuTho2022, {
          'reporting.memberReports.due': {
            kind: 'fixed',
            deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 40, reading: 'no-later-than', wording: 'x' } }],
            citation,
          },
        }),
      ),
    ).toEqual(['reporting.memberReports.due.deadlines.0.due.day']);
    expect(errorsOf(() => configurePack(phuTho2022, { 'reporting.memberReports.due': { kind: 'fixed', deadlines: [] } }))).toEqual([
      'reporting.memberReports.due.deadlines',
      'reporting.memberReports.due.citation',
    ]);
  });
});
