// KPI 10 with hand-computed expectations (the arithmetic is in each test's name): the annual work programme issued
// on time, and its tasks in the four buckets of Báo cáo 1270/BC-TCTTTg, under Thanh Hóa 2018, Bình Định 2021 and
// Phú Thọ 2022 (Điều 3.1 of each: the chair issues it), and under Kiên Giang 2008, which names no programme.
import { binhDinh2021, kienGiang2008, phuTho2022, type RulePack } from '@bcd/regulation';
import { asOfDay, eventsAsOf } from '../tenant-state/tenant-event.js';
import { foldTenantState } from '../tenant-state/tenant-state.js';
import { indexEvents, type IdentifiedEvent } from './kpi.js';
import { kpi10Issued, kpi10Tasks } from './kpi-10-work-programme.js';
import { history, IDS, idsNaming, period } from './testing.js';

type Fact = { type: string; data: unknown; occurredAt: string };

/** Both KPI 10 values for the period, from the events as of its last day on the business axis (as the catalogue does). */
function kpi10(events: readonly IdentifiedEvent[], label: string) {
  const p = period(label);
  const known = eventsAsOf(events, asOfDay(p.end, 'business'));
  const input = { state: foldTenantState(known), period: p, events: indexEvents(known) };
  return { issued: kpi10Issued(input), tasks: kpi10Tasks(input) };
}

/** A programme's events: opened, its tasks planned, issued by the chair, then what `follow` adds. */
function programme(o: { programmeId: string; committeeId: string; year: number; issueBy: string | null; issuedOn: string | null; regulation: { packId: string; decisionNumber: string | null; effectiveFrom: string; article: string }; tasks: [string, string][] }): Fact[] {
  const openedOn = `${o.year - 1}-12-01`;
  const facts: Fact[] = [
    { type: 'programme.ProgrammeOpened', data: { programmeId: o.programmeId, committeeId: o.committeeId, year: o.year, title: `Chương trình công tác năm ${o.year}`, openedOn, issueBy: o.issueBy, regulation: o.regulation, annual: true }, occurredAt: openedOn },
    ...o.tasks.map(([taskId, dueOn]): Fact => ({ type: 'programme.TaskPlanned', data: { programmeId: o.programmeId, taskId, description: `Nhiệm vụ ${taskId}`, ownerAgencyId: 'a-stttt', dueOn, plannedOn: openedOn }, occurredAt: openedOn })),
  ];
  if (o.issuedOn === null) return facts;
  const timeliness = { issueBy: o.issueBy, onTime: o.issueBy === null ? null : o.issuedOn <= o.issueBy };
  const data = { programmeId: o.programmeId, year: o.year, decision: { number: '45/QĐ-BCĐ', date: o.issuedOn }, issuedBy: { memberId: 'm-chair', role: 'chair' }, tasks: o.tasks.length, inspections: 0, timeliness, regulation: o.regulation };
  return [...facts, { type: 'programme.ProgrammeIssued', data, occurredAt: o.issuedOn }];
}
const done = (programmeId: string, taskId: string, doneOn: string): Fact => ({ type: 'programme.TaskDone', data: { programmeId, taskId, doneOn, note: null }, occurredAt: doneOn });
const extended = (programmeId: string, taskId: string, previousDueOn: string, dueOn: string, approvedOn: string, article: string): Fact => ({
  type: 'programme.TaskExtended',
  data: { programmeId, taskId, dueOn, previousDueOn, approvedOn, approvedBy: { memberId: 'm-chair', role: 'chair' }, reason: 'Chờ hướng dẫn của Bộ', article },
  occurredAt: approvedOn,
});

/** Another province: its regulation adopted, then `facts`; ids `e-1`, `e-2`… */
function province(pack: RulePack, effectiveFrom: string, facts: Fact[]): IdentifiedEvent[] {
  const adopted: Fact = { type: 'rulebook.RegulationAdopted', data: { adoptionId: `adoption-${pack.id}`, source: { kind: 'built-in', packId: pack.id }, pack, decisionNumber: pack.decision.number, signedOn: pack.decision.signedOn, effectiveFrom, supersedes: null }, occurredAt: effectiveFrom };
  return [adopted, ...facts].map((f, i) => ({ type: f.type, data: f.data, occurredAt: new Date(`${f.occurredAt}T00:00:00+07:00`), recordedAt: new Date(Date.UTC(2025, 0, 6, 2, 0, i)), eventId: `e-${i + 1}` }));
}
const label = (kpi: { breakdown: { label: string; value: string }[] }, name: string) => kpi.breakdown.find((b) => b.label === name)?.value;

describe('KPI 10 under Thanh Hóa 2018 (Điều 3.1): the 2019 programme, issued 15/01/2019 against the tenant\'s deadline of 31/01', () => {
  const TH2018 = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19', article: 'Điều 3 khoản 1, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' };
  const P = 'prog-2019';
  const program = (issueBy: string | null, issuedOn: string | null) =>
    programme({ programmeId: P, committeeId: IDS.committee2018, year: 2019, issueBy, issuedOn, regulation: TH2018, tasks: [['t-1', '2019-06-30'], ['t-2', '2019-03-31'], ['t-3', '2019-09-15'], ['t-4', '2019-10-31'], ['t-5', '2020-03-31']] });
  // t-1 done on time; t-2 done late; t-3 overdue until the chair extends it (approved 05/10) to 15/12, then done 10/12; t-4 never done; t-5 due 2020.
  const followUp = [done(P, 't-2', '2019-04-15'), done(P, 't-1', '2019-06-20'), extended(P, 't-3', '2019-09-15', '2019-12-15', '2019-10-05', TH2018.article), done(P, 't-3', '2019-12-10')];
  const events = history(...program('2019-01-31', '2019-01-15'), ...followUp);

  it('2019: issued on 15/01, by its deadline of 31/01 → 1 ÷ 1 = 100.00 %, citing Điều 3 khoản 1', () => {
    const { issued } = kpi10(events, '2019');
    expect(issued).toMatchObject({ id: 'kpi-10-issued', value: '100.00', numerator: '1', denominator: '1', citation: `RULES.md §6 mục 10; ${TH2018.article}` });
    expect(label(issued, `programme:${P}`)).toBe('done-on-time; hạn 2019-01-31');
    // The 2018 regulation's adoption, then the programme's events.
    expect(issued.drillDown).toEqual([...idsNaming(events, 'adoptionId', IDS.adoption2018), ...idsNaming(events, 'programmeId', P)]);
  });

  it('2019: issued on 15/01 against a deadline of 10/01 → 0 ÷ 1 = 0.00 %; not issued by 31/03 with the deadline past → 0 ÷ 1 = 0.00 % (overdue)', () => {
    expect(kpi10(history(...program('2019-01-10', '2019-01-15')), '2019').issued).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    const late = kpi10(history(...program('2019-01-31', '2019-04-10')), '2019-Q1').issued;
    expect(late).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(label(late, 'not-done-overdue')).toBe('1');
  });

  it('with no deadline set (the default): issued on 03/06 → on time, 1 ÷ 1 = 100.00 %; not issued by 31/03 → nothing keeps it in time, 0 ÷ 1 = 0.00 %', () => {
    const issuedInJune = history(...program(null, '2019-06-03'));
    expect(kpi10(issuedInJune, '2019').issued).toMatchObject({ value: '100.00', numerator: '1', denominator: '1' });
    const q1 = kpi10(issuedInJune, '2019-Q1').issued;
    expect(q1).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(label(q1, `programme:${P}`)).toBe('not-done-overdue; hạn không đặt');
  });

  it('with a deadline still ahead: not issued on 31/03 against 30/04 is in time → no value', () => {
    const early = kpi10(history(...program('2019-04-30', '2019-04-10')), '2019-Q1').issued;
    expect(early).toMatchObject({ value: null, numerator: '0', denominator: '0' });
    expect(label(early, 'not-done-in-time')).toBe('1');
  });

  it('2020: no programme recorded for a year the regulation requires one → the year itself counts, not issued: 0 ÷ 1 = 0.00 %', () => {
    const { issued } = kpi10(events, '2020-Q1');
    expect(issued).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(label(issued, 'year:2020')).toBe('not-done-overdue; hạn không đặt');
  });

  it('2019 tasks: t-1, t-3 on time (t-3 by its extension), t-2 late, t-4 overdue, t-5 in time → (2 + 1) ÷ (3 + 1) = 75.00 % and 25.00 %', () => {
    const { tasks } = kpi10(events, '2019');
    expect(tasks).toMatchObject({ id: 'kpi-10-tasks', value: '75.00', numerator: '3', denominator: '4' });
    expect(tasks.breakdown).toEqual([
      { label: 'done-on-time', value: '2' },
      { label: 'done-late', value: '1' },
      { label: 'not-done-in-time', value: '1' },
      { label: 'not-done-overdue', value: '1' },
      { label: 'complement', value: '25.00' },
    ]);
    expect(tasks.drillDown).toEqual(['t-1', 't-2', 't-3', 't-4', 't-5'].flatMap((t) => idsNaming(events, 'taskId', t)));
  });

  it('2019-Q2: t-2 done late (15/04 > 31/03), t-1 on time, three still in time → 2 ÷ (2 + 0) = 100.00 %', () => {
    expect(kpi10(events, '2019-Q2').tasks).toMatchObject({ value: '100.00', numerator: '2', denominator: '2' });
  });

  it('2019-Q3: the extension of t-3 was approved only on 05/10, so on 30/09 it is overdue (due 15/09); t-1 and t-2 were done before the quarter → 0 ÷ (0 + 1) = 0.00 %', () => {
    const { tasks } = kpi10(events, '2019-Q3');
    expect(tasks).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(label(tasks, 'not-done-in-time')).toBe('2');
  });

  it('a draft owes nothing: tasks of a programme not issued by the period\'s end are not counted', () => {
    expect(kpi10(history(...program('2019-01-31', null)), '2019').tasks).toMatchObject({ value: null, numerator: '0', denominator: '0', drillDown: [] });
  });
});

describe('KPI 10 under Bình Định 2021 (Điều 3.1), no deadline set', () => {
  const BD = { packId: 'binh-dinh-2021', decisionNumber: null, effectiveFrom: '2021-03-15', article: 'Điều 3 khoản 1, Quyết định …/QĐ-BCĐ năm 2021 (số, ngày để trống)' };
  const events = province(binhDinh2021, '2021-03-15', [
    ...programme({ programmeId: 'bd-2022', committeeId: 'c-bd', year: 2022, issueBy: null, issuedOn: '2022-01-20', regulation: BD, tasks: [['bd-1', '2022-04-30'], ['bd-2', '2022-06-30'], ['bd-3', '2022-09-30']] }),
    done('bd-2022', 'bd-1', '2022-04-28'),
    done('bd-2022', 'bd-2', '2022-06-30'),
  ]);

  it('2022: issued 20/01 with no deadline → 1 ÷ 1 = 100.00 %; tasks bd-1, bd-2 on time, bd-3 overdue → 2 ÷ 3 = 66.66 % (cut off) and 33.34 %', () => {
    const { issued, tasks } = kpi10(events, '2022');
    expect(issued).toMatchObject({ value: '100.00', numerator: '1', denominator: '1', citation: `RULES.md §6 mục 10; ${BD.article}` });
    expect(tasks).toMatchObject({ value: '66.66', numerator: '2', denominator: '3' });
    expect(label(tasks, 'complement')).toBe('33.34');
  });

  it('2021: the regulation took effect on 15/03/2021, so none was in force on 01/01/2021 and no programme was due → no value', () => {
    expect(kpi10(events, '2021').issued).toMatchObject({ value: null, numerator: '0', denominator: '0', breakdown: [{ label: 'not-named', value: 'no-regulation' }] });
  });
});

describe('KPI 10 under Phú Thọ 2022 (Điều 3.1)', () => {
  const PT = { packId: 'phu-tho-2022', decisionNumber: '1344/QĐ-BCĐCĐS', effectiveFrom: '2022-05-18', article: 'Điều 3 khoản 1, Quyết định 1344/QĐ-BCĐCĐS ngày 18/05/2022' };
  const events = province(phuTho2022, '2022-05-18', [
    ...programme({ programmeId: 'pt-2023', committeeId: 'c-pt', year: 2023, issueBy: '2022-12-31', issuedOn: '2023-01-05', regulation: PT, tasks: [['pt-1', '2023-03-31'], ['pt-2', '2023-06-30']] }),
    done('pt-2023', 'pt-1', '2023-04-10'),
    done('pt-2023', 'pt-2', '2023-06-15'),
  ]);

  it('2023: issued 05/01/2023 against the deadline of 31/12/2022 → 0 ÷ 1 = 0.00 %; pt-1 done late, pt-2 on time → 2 ÷ 2 = 100.00 % (late still counts as done)', () => {
    const { issued, tasks } = kpi10(events, '2023');
    expect(issued).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
    expect(label(issued, 'done-late')).toBe('1');
    expect(tasks).toMatchObject({ value: '100.00', numerator: '2', denominator: '2' });
    expect(label(tasks, 'done-late')).toBe('1');
  });
});

describe('KPI 10 under Kiên Giang 2008, which names no annual programme of the committee', () => {
  const KG = { packId: 'kien-giang-2008', decisionNumber: '1507/QĐ-UBND', effectiveFrom: '2008-06-23', article: 'Điều 5 khoản 2, Quyết định 1507/QĐ-UBND ngày 23/06/2008' };
  const events = province(kienGiang2008, '2008-06-23', [
    ...programme({ programmeId: 'kg-2009', committeeId: 'c-kg', year: 2009, issueBy: '2009-01-31', issuedOn: '2009-02-10', regulation: KG, tasks: [['kg-1', '2009-06-30']] }).map((f) =>
      f.type === 'programme.ProgrammeOpened' ? { ...f, data: { ...(f.data as object), annual: false } } : f,
    ),
  ]);

  it('2009: no programme is due, so none is judged late though one was issued after the tenant\'s deadline → no value, "not-named"; its task, never done, still counts → 0 ÷ 1 = 0.00 %', () => {
    const { issued, tasks } = kpi10(events, '2009');
    expect(issued).toMatchObject({ value: null, numerator: '0', denominator: '0', breakdown: [{ label: 'not-named', value: 'kien-giang-2008' }], drillDown: [] });
    expect(tasks).toMatchObject({ value: '0.00', numerator: '0', denominator: '1' });
  });
});
