// What a tenant's state shows on a day: the roster of that day (roles, agencies and committees named as then), the
// regulation in force (pack, decision, the article giving it effect), the meetings known, the action items and the
// report obligations each in its bucket of Báo cáo 1270/BC-TCTTTg as of that day (complianceBuckets of
// @bcd/regulation), and each budget's execution per line. Lists are sorted here (never by how a state was stored).
// Pure.
import type { LocalDate } from '@bcd/calendar';
import type { FundingSource, MeetingKind } from '@bcd/contracts';
import { complianceBuckets, type Bucket, type Buckets, type Decision } from '@bcd/regulation';
import { addDong, lineExecution, percentOf, subtractDong, type BudgetStage } from './budgets.js';
import { dueOnAsOf, type AttendanceStatus, type MeetingStatus } from './meetings.js';
import { doneOn, type ObligationRecord, type ObligationStatus } from './obligations.js';
import { regulationOn, type RegulationOn } from './regulation.js';
import { agencyNameOn, seatsOn, type SeatOn } from './roster.js';
import type { AsOf, Axis } from './tenant-event.js';
import type { TenantState } from './tenant-state.js';

export interface BucketedList<T> {
  items: T[];
  counts: Record<Bucket, number>;
  /** done ÷ (done + not done and overdue), two decimals, and its complement; null when nothing is done or overdue. */
  completionRate: Buckets['completionRate'];
}

export interface MeetingOn {
  meetingId: string;
  kind: MeetingKind;
  period: string | null;
  scheduledOn: LocalDate;
  startsAt: string;
  status: MeetingStatus;
  rescheduled: number;
  cancelledReason: string | null;
  heldAt: string | null;
  regulation: { packId: string; decisionNumber: string | null };
  article: string;
  invitees: number;
  documents: { documentId: string; title: string; sentAt: string; leadTime: string }[];
  absences: { approved: number; refused: number; undecided: number };
  delegates: number;
  attendance: Record<AttendanceStatus, number>;
  minutes: { number: string; signedAt: string } | null;
  notice: { number: string; signedAt: string } | null;
  conclusions: number;
}

export interface ActionItemOn {
  itemId: string;
  meetingId: string;
  ownerAgencyId: string;
  owner: string | null;
  description: string;
  assignedOn: LocalDate;
  /** The due date in force on the day asked (an extension approved by then counts). */
  dueOn: LocalDate;
  /** Done by the day asked; null otherwise. */
  doneOn: LocalDate | null;
  /** null: not assigned yet on the day asked. */
  bucket: Bucket | null;
}

export interface ObligationOn {
  obligationId: string;
  report: ObligationRecord['report'];
  reporter: ObligationRecord['reporter'];
  /** The reporting agency's name on the day asked (null: a body of the committee, or unknown). */
  reporterName: string | null;
  period: string | null;
  from: LocalDate;
  dueDate: LocalDate;
  status: ObligationStatus;
  rule: ObligationRecord['rule'];
  firstSubmittedAt: string | null;
  onTime: boolean | null;
  /** null: withdrawn, or not owed yet on the day asked. */
  bucket: Bucket | null;
}

export interface Execution {
  appropriated: string;
  spent: string;
  remaining: string;
  /** spent ÷ appropriated in percent, two decimals cut off; null when nothing is appropriated. */
  rate: string | null;
}

export interface BudgetOn {
  budgetId: string;
  fiscalYear: number;
  holderAgencyId: string;
  holder: string | null;
  source: FundingSource;
  stage: BudgetStage;
  estimateTotal: string | null;
  appropriation: Decision | null;
  lines: ({ lineId: string; category: string; title: string } & Execution)[];
  total: Execution;
  specialExpenditures: { specialExpenditureId: string; lineId: string; title: string; amount: string; status: string; approvedAmount: string | null; spent: string }[];
}

export interface TenantView {
  axis: Axis;
  /** The moment asked (inclusive), ISO 8601 UTC. */
  at: string;
  /** The day statuses are judged on (Vietnam). */
  date: LocalDate;
  regulation: RegulationOn | null;
  roster: SeatOn[];
  meetings: MeetingOn[];
  actionItems: BucketedList<ActionItemOn>;
  obligations: BucketedList<ObligationOn>;
  budgets: BudgetOn[];
  events: { folded: number; ignored: number };
}

const ATTENDANCE: readonly AttendanceStatus[] = ['present', 'absent-approved', 'absent-unapproved', 'delegate'];

export function tenantView(state: TenantState, asOf: AsOf): TenantView {
  const { date } = asOf;
  return {
    axis: asOf.axis,
    at: asOf.at.toISOString(),
    date,
    regulation: regulationOn(state.adoptions, date),
    roster: seatsOn(state.roster, date),
    meetings: meetingsOn(state),
    actionItems: actionItemsOn(state, date),
    obligations: obligationsOn(state, date),
    budgets: budgetsOn(state, date),
    events: { folded: state.folded, ignored: state.ignored },
  };
}

function meetingsOn(state: TenantState): MeetingOn[] {
  return Object.values(state.meetings.meetings)
    .map((m) => {
      const decisions = Object.values(m.absences);
      const attendance = Object.fromEntries(ATTENDANCE.map((status) => [status, 0])) as Record<AttendanceStatus, number>;
      for (const status of Object.values(m.attendance)) attendance[status]++;
      return {
        meetingId: m.meetingId,
        kind: m.kind,
        period: m.period,
        scheduledOn: m.scheduledOn,
        startsAt: m.startsAt,
        status: m.status,
        rescheduled: m.rescheduled,
        cancelledReason: m.cancelledReason,
        heldAt: m.heldAt,
        regulation: { packId: m.regulation.packId, decisionNumber: m.regulation.decisionNumber },
        article: m.article,
        invitees: m.invitees.length,
        documents: m.documents.map((d) => ({ ...d })),
        absences: { approved: decisions.filter((d) => d === 'approved').length, refused: decisions.filter((d) => d === 'refused').length, undecided: decisions.filter((d) => d === null).length },
        delegates: m.delegates.length,
        attendance,
        minutes: m.minutes,
        notice: m.notice,
        conclusions: m.conclusions,
      };
    })
    .sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn) || a.startsAt.localeCompare(b.startsAt) || a.meetingId.localeCompare(b.meetingId));
}

function actionItemsOn(state: TenantState, date: LocalDate): BucketedList<ActionItemOn> {
  const items = Object.values(state.meetings.actionItems).sort((a, b) => a.assignedOn.localeCompare(b.assignedOn) || a.itemId.localeCompare(b.itemId));
  const buckets = complianceBuckets(
    items.map((i) => ({ id: i.itemId, from: i.assignedOn, dueOn: dueOnAsOf(i, date), doneOn: i.doneOn })),
    date,
  );
  return {
    items: items.map((i) => ({
      itemId: i.itemId,
      meetingId: i.meetingId,
      ownerAgencyId: i.ownerAgencyId,
      owner: agencyNameOn(state.roster, i.ownerAgencyId, date),
      description: i.description,
      assignedOn: i.assignedOn,
      dueOn: dueOnAsOf(i, date),
      doneOn: i.doneOn !== null && i.doneOn <= date ? i.doneOn : null,
      bucket: buckets.byItem[i.itemId] ?? null,
    })),
    counts: buckets.counts,
    completionRate: buckets.completionRate,
  };
}

function obligationsOn(state: TenantState, date: LocalDate): BucketedList<ObligationOn> {
  const obligations = Object.values(state.obligations).sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.obligationId.localeCompare(b.obligationId));
  const buckets = complianceBuckets(
    obligations.filter((o) => o.status !== 'withdrawn').map((o) => ({ id: o.obligationId, from: o.from, dueOn: o.dueDate, doneOn: doneOn(o) })),
    date,
  );
  return {
    items: obligations.map((o) => ({
      obligationId: o.obligationId,
      report: o.report,
      reporter: o.reporter,
      reporterName: o.reporter.kind === 'agency' ? agencyNameOn(state.roster, o.reporter.agencyId, date) : null,
      period: o.period,
      from: o.from,
      dueDate: o.dueDate,
      status: o.status,
      rule: o.rule,
      firstSubmittedAt: o.firstSubmittedAt,
      onTime: o.onTime,
      bucket: buckets.byItem[o.obligationId] ?? null,
    })),
    counts: buckets.counts,
    completionRate: buckets.completionRate,
  };
}

function budgetsOn(state: TenantState, date: LocalDate): BudgetOn[] {
  return Object.values(state.budgets)
    .sort((a, b) => a.fiscalYear - b.fiscalYear || a.budgetId.localeCompare(b.budgetId))
    .map((b) => {
      const lines = b.lines.map((l) => ({ lineId: l.lineId, category: l.category, title: l.title, ...lineExecution(l) }));
      const appropriated = lines.reduce((sum, l) => addDong(sum, l.appropriated), '0');
      const spent = lines.reduce((sum, l) => addDong(sum, l.spent), '0');
      return {
        budgetId: b.budgetId,
        fiscalYear: b.fiscalYear,
        holderAgencyId: b.holderAgencyId,
        holder: agencyNameOn(state.roster, b.holderAgencyId, date),
        source: b.source,
        stage: b.stage,
        estimateTotal: b.estimateTotal,
        appropriation: b.appropriation,
        lines,
        total: { appropriated, spent, remaining: subtractDong(appropriated, spent), rate: percentOf(spent, appropriated) },
        specialExpenditures: Object.values(b.specialExpenditures)
          .sort((x, y) => x.specialExpenditureId.localeCompare(y.specialExpenditureId))
          .map((s) => ({ ...s })),
      };
    });
}
