// A year's work programme as its events made it: the draft (tasks, inspections), the chair's issue and whether it was
// on time, the follow-up (tasks done, deadlines extended, inspections done). A pure fold, kept whole in one jsonb
// column by the projection. Its progress as of a day (`progressOf`): the tasks in the four buckets of Báo cáo
// 1270/BC-TCTTTg, owed from the day the programme was issued, each with the deadline in force that day.
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { BUCKETS, complianceBuckets, type Bucket, type BucketItem } from '@bcd/regulation';
import { MEMBER_ROLES } from '@bcd/contracts';
import { View } from '@bcd/service-host';
import { dueOnAsOf, type ProgrammeEvent } from '../domain/programme/programme.js';

const rule = z.strictObject({ packId: z.string(), decisionNumber: z.string().nullable(), effectiveFrom: View.localDate, article: z.string() });
const seat = z.strictObject({ memberId: z.string(), role: z.enum(MEMBER_ROLES) });

export const TaskViewSchema = z.strictObject({
  taskId: View.id,
  description: z.string(),
  ownerAgencyId: View.id,
  /** The deadline as issued (drafted and amended), before any extension. */
  dueOn: View.localDate,
  plannedOn: View.localDate,
  extensions: z.array(z.strictObject({ dueOn: View.localDate, previousDueOn: View.localDate, approvedOn: View.localDate, approvedBy: seat, reason: z.string(), article: z.string() })),
  doneOn: View.localDate.nullable(),
  note: z.string().nullable(),
});
export type TaskView = z.infer<typeof TaskViewSchema>;

export const InspectionViewSchema = z.strictObject({
  inspectionId: View.id,
  agencyId: View.id,
  month: z.string().meta({ example: '2019-05' }),
  subject: z.string(),
  plannedOn: View.localDate,
  doneOn: View.localDate.nullable(),
  findings: z.string().nullable(),
});
export type InspectionView = z.infer<typeof InspectionViewSchema>;

export const ProgrammeViewSchema = z.strictObject({
  programmeId: View.id,
  committeeId: View.id,
  year: z.int(),
  title: z.string(),
  openedOn: View.localDate,
  /** The tenant's deadline for the issue; null: none set (no seed regulation sets one). */
  issueBy: View.localDate.nullable(),
  status: z.enum(['drafting', 'issued']),
  /** Whether the regulation in force when it was opened names an annual programme. */
  annual: z.boolean(),
  regulation: rule,
  issue: z
    .strictObject({
      decision: View.decision,
      issuedBy: seat,
      /** On time against `issueBy`; null: not judged (no deadline set). */
      timeliness: z.strictObject({ issueBy: View.localDate.nullable(), onTime: z.boolean().nullable() }),
      regulation: rule,
    })
    .nullable(),
  tasks: z.array(TaskViewSchema),
  inspections: z.array(InspectionViewSchema),
  version: z.int(),
});
export type ProgrammeView = z.infer<typeof ProgrammeViewSchema>;

/** The view after one more event of its stream (`version`: the stream's version after it). */
export function foldProgramme(view: ProgrammeView | null, event: ProgrammeEvent, version: number): ProgrammeView | null {
  if (event.type === 'ProgrammeOpened') {
    const { programmeId, committeeId, year, title, openedOn, issueBy, annual, regulation } = event.data;
    return { programmeId, committeeId, year, title, openedOn, issueBy, status: 'drafting', annual, regulation, issue: null, tasks: [], inspections: [], version };
  }
  if (!view) return null;
  const next = { ...view, version };
  switch (event.type) {
    case 'TaskPlanned': {
      const { taskId, description, ownerAgencyId, dueOn, plannedOn } = event.data;
      return { ...next, tasks: [...view.tasks, { taskId, description, ownerAgencyId, dueOn, plannedOn, extensions: [], doneOn: null, note: null }] };
    }
    case 'TaskAmended': {
      const { description, ownerAgencyId, dueOn } = event.data;
      return { ...next, tasks: changeTask(view.tasks, event.data.taskId, (t) => ({ ...t, description, ownerAgencyId, dueOn })) };
    }
    case 'InspectionPlanned': {
      const { inspectionId, agencyId, month, subject, plannedOn } = event.data;
      return { ...next, inspections: [...view.inspections, { inspectionId, agencyId, month, subject, plannedOn, doneOn: null, findings: null }] };
    }
    case 'InspectionAmended': {
      const { agencyId, month, subject } = event.data;
      return { ...next, inspections: changeInspection(view.inspections, event.data.inspectionId, (i) => ({ ...i, agencyId, month, subject })) };
    }
    case 'ProgrammeIssued': {
      const { decision, issuedBy, timeliness, regulation } = event.data;
      return { ...next, status: 'issued', issue: { decision, issuedBy, timeliness, regulation } };
    }
    case 'TaskDone':
      return { ...next, tasks: changeTask(view.tasks, event.data.taskId, (t) => ({ ...t, doneOn: event.data.doneOn, note: event.data.note })) };
    case 'TaskExtended': {
      const { dueOn, previousDueOn, approvedOn, approvedBy, reason, article } = event.data;
      return { ...next, tasks: changeTask(view.tasks, event.data.taskId, (t) => ({ ...t, extensions: [...t.extensions, { dueOn, previousDueOn, approvedOn, approvedBy, reason, article }] })) };
    }
    case 'InspectionDone':
      return { ...next, inspections: changeInspection(view.inspections, event.data.inspectionId, (i) => ({ ...i, doneOn: event.data.doneOn, findings: event.data.findings })) };
    default: {
      const _exhaustive: never = event;
      return view;
    }
  }
}

const changeTask = (tasks: TaskView[], taskId: string, change: (t: TaskView) => TaskView) => tasks.map((t) => (t.taskId === taskId ? change(t) : t));
const changeInspection = (inspections: InspectionView[], id: string, change: (i: InspectionView) => InspectionView) => inspections.map((i) => (i.inspectionId === id ? change(i) : i));

const bucket = z.enum(BUCKETS as [Bucket, ...Bucket[]]);

export const ProgressSchema = z.strictObject({
  asOf: View.localDate,
  /** Owed from the day the programme was issued: a draft owes nothing (every count 0). */
  counts: z.strictObject({ 'done-on-time': z.int(), 'done-late': z.int(), 'not-done-in-time': z.int(), 'not-done-overdue': z.int() }),
  /** done ÷ (done + not done and overdue), two decimals cut off, and its complement; null when nothing is done or overdue. */
  completionRate: z.strictObject({ rate: z.string(), complement: z.string() }).nullable(),
  tasks: z.array(z.strictObject({ taskId: View.id, dueOn: View.localDate, doneOn: View.localDate.nullable(), bucket })),
  inspections: z.strictObject({ planned: z.int(), done: z.int() }),
});
export type Progress = z.infer<typeof ProgressSchema>;

/** The programme's progress as of `asOf`: tasks in their buckets (deadlines in force then), inspections done by then. */
export function progressOf(view: ProgrammeView, asOf: LocalDate): Progress {
  const issuedOn = view.issue?.decision.date;
  // The view keeps its dates as the strings its events had (YYYY-MM-DD).
  const items = issuedOn === undefined ? [] : view.tasks.map((t) => ({ id: t.taskId, from: issuedOn, dueOn: dueOnAsOf<string>(t, asOf), doneOn: t.doneOn }) as BucketItem);
  const buckets = complianceBuckets(items, asOf);
  return {
    asOf,
    counts: buckets.counts,
    completionRate: buckets.completionRate,
    tasks: items.filter((i) => buckets.byItem[i.id]).map((i) => ({ taskId: i.id, dueOn: i.dueOn, doneOn: i.doneOn !== null && i.doneOn <= asOf ? i.doneOn : null, bucket: buckets.byItem[i.id] })),
    inspections: { planned: view.inspections.length, done: view.inspections.filter((i) => i.doneOn !== null && i.doneOn <= asOf).length },
  };
}
