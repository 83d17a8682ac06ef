// The data of the programme context's events (RULES.md §1b): the committee's annual work programme and inspection
// plan (chương trình, kế hoạch công tác, kiểm tra hằng năm), one stream per committee and year
// (`programme-<tenant>-<programmeId>`, stored as `programme.<Type>`): drafted by the standing agency or working group
// (tasks with an owner agency and a deadline, inspections of agencies by month), issued by the chair by decision,
// then followed: tasks done or their deadline extended by the chair, inspections done. Every event names its
// `programmeId`, task events their `taskId` (the KPI drill-down indexes both). No event holds a name.
import { LocalDateSchema } from '@bcd/regulation';
import { z } from 'zod';
import { DecisionDataSchema, MEMBER_ROLES, RegulationRefDataSchema } from './membership-events.js';

const localDate = LocalDateSchema;
const id = z.string().min(1);

export const PROGRAMME_EVENT_TYPES = {
  programmeOpened: 'programme.ProgrammeOpened',
  taskPlanned: 'programme.TaskPlanned',
  taskAmended: 'programme.TaskAmended',
  inspectionPlanned: 'programme.InspectionPlanned',
  inspectionAmended: 'programme.InspectionAmended',
  programmeIssued: 'programme.ProgrammeIssued',
  taskDone: 'programme.TaskDone',
  taskExtended: 'programme.TaskExtended',
  inspectionDone: 'programme.InspectionDone',
} as const;

/**
 * How each built-in regulation names the committee's annual work programme (read from the seeds; pack id → reading).
 * The chair issues it in all five. `annual`: the regulation names an annual programme of the committee, so one is
 * due for every year it is in force on 1 January. Kiên Giang 2008 names none (its Điều 3.1 is the province's IT
 * plan, which the committee helps UBND tỉnh build): a programme may still be recorded there, issued by the chair
 * under the chair's power to decide the committee's work, and none is due. A regulation not listed (a tenant's own
 * pack) reads as Kiên Giang's. Shared by the programme context (who issues, the article cited) and the KPIs (which
 * years owe one); its natural home is a `programme` rule of the rule packs, once @bcd/regulation has one.
 */
export const WORK_PROGRAMME_READINGS: Readonly<Record<string, { annual: boolean; article: string; quote: string }>> = {
  'kien-giang-2008': { annual: false, article: 'Điều 5 khoản 2', quote: 'Chỉ đạo, điều hành hoạt động chung của Ban Chỉ đạo; quyết định những công việc trong Ban Chỉ đạo.' },
  'thanh-hoa-2014': { annual: true, article: 'Điều 5 khoản 1 điểm d', quote: 'Tham mưu, đề xuất với Trưởng ban Chỉ đạo về Kế hoạch hoạt động dài hạn và hàng năm của Ban Chỉ đạo.' },
  'thanh-hoa-2018': { annual: true, article: 'Điều 3 khoản 1', quote: 'ban hành chương trình, kế hoạch công tác, kiểm tra hàng năm của Ban Chỉ đạo.' },
  'binh-dinh-2021': { annual: true, article: 'Điều 3 khoản 1', quote: 'ban hành chương trình, kế hoạch công tác, kiểm tra hàng năm của Ban chỉ đạo.' },
  'phu-tho-2022': { annual: true, article: 'Điều 3 khoản 1', quote: 'ban hành quy chế hoạt động, chương trình, kế hoạch công tác, kiểm tra hàng năm, giai đoạn của Ban Chỉ đạo.' },
};

/** The reading of a regulation by its pack id; undefined for a pack not listed (never a key of Object.prototype). */
export function workProgrammeReadingOf(packId: string): { annual: boolean; article: string; quote: string } | undefined {
  return Object.hasOwn(WORK_PROGRAMME_READINGS, packId) ? WORK_PROGRAMME_READINGS[packId] : undefined;
}

/** The regulation a fact was judged by, and the article (formatted with its decision) it rests on. */
export const ProgrammeRuleDataSchema = RegulationRefDataSchema.extend({ article: z.string().min(1) });
export type ProgrammeRuleData = z.infer<typeof ProgrammeRuleDataSchema>;

/** `YYYY-MM`: the month an inspection is planned for. */
export const InspectionMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const ProgrammeOpenedDataSchema = z.object({
  programmeId: id,
  committeeId: id,
  year: z.int().min(2000).max(2100),
  title: z.string().min(1),
  openedOn: localDate,
  /** The day the tenant wants it issued by; no seed regulation sets one: null (the default) sets none. */
  issueBy: localDate.nullable(),
  regulation: ProgrammeRuleDataSchema,
  /** Whether the regulation in force names an annual programme (WORK_PROGRAMME_READINGS). */
  annual: z.boolean(),
});
export type ProgrammeOpenedData = z.infer<typeof ProgrammeOpenedDataSchema>;

/** A task of the draft: what, which agency owns it, by when. */
export const TaskPlannedDataSchema = z.object({ programmeId: id, taskId: id, description: z.string().min(1), ownerAgencyId: id, dueOn: localDate, plannedOn: localDate });
export type TaskPlannedData = z.infer<typeof TaskPlannedDataSchema>;

/** A task of the draft as changed before the programme is issued. */
export const TaskAmendedDataSchema = z.object({ programmeId: id, taskId: id, description: z.string().min(1), ownerAgencyId: id, dueOn: localDate, amendedOn: localDate });
export type TaskAmendedData = z.infer<typeof TaskAmendedDataSchema>;

/** An inspection of an agency the plan sets for a month of the programme's year. */
export const InspectionPlannedDataSchema = z.object({ programmeId: id, inspectionId: id, agencyId: id, month: InspectionMonthSchema, subject: z.string().min(1), plannedOn: localDate });
export type InspectionPlannedData = z.infer<typeof InspectionPlannedDataSchema>;

export const InspectionAmendedDataSchema = z.object({ programmeId: id, inspectionId: id, agencyId: id, month: InspectionMonthSchema, subject: z.string().min(1), amendedOn: localDate });
export type InspectionAmendedData = z.infer<typeof InspectionAmendedDataSchema>;

/**
 * Issued by decision by the chair (the member holding the chair on the roster of the decision's date), and whether
 * on time: by the tenant's `issueBy` when one is set (`onTime` true or false), not judged when none is (`onTime` null).
 */
export const ProgrammeIssuedDataSchema = z.object({
  programmeId: id,
  year: z.int(),
  decision: DecisionDataSchema,
  issuedBy: z.object({ memberId: id, role: z.enum(MEMBER_ROLES) }),
  tasks: z.int().min(1),
  inspections: z.int().min(0),
  timeliness: z.object({ issueBy: localDate.nullable(), onTime: z.boolean().nullable() }),
  regulation: ProgrammeRuleDataSchema,
});
export type ProgrammeIssuedData = z.infer<typeof ProgrammeIssuedDataSchema>;

export const TaskDoneDataSchema = z.object({ programmeId: id, taskId: id, doneOn: localDate, note: z.string().nullable() });
export type TaskDoneData = z.infer<typeof TaskDoneDataSchema>;

/** A new deadline, approved by the chair on the roster of `approvedOn` (who issued the programme sets its deadlines). */
export const TaskExtendedDataSchema = z.object({
  programmeId: id,
  taskId: id,
  dueOn: localDate,
  previousDueOn: localDate,
  approvedOn: localDate,
  approvedBy: z.object({ memberId: id, role: z.enum(MEMBER_ROLES) }),
  reason: z.string().min(1),
  article: z.string().min(1),
});
export type TaskExtendedData = z.infer<typeof TaskExtendedDataSchema>;

export const InspectionDoneDataSchema = z.object({ programmeId: id, inspectionId: id, agencyId: id, doneOn: localDate, findings: z.string().nullable() });
export type InspectionDoneData = z.infer<typeof InspectionDoneDataSchema>;

/** Each event type (without namespace) → the schema of its data: how other contexts read the programme's events. */
export const PROGRAMME_EVENT_DATA = {
  ProgrammeOpened: ProgrammeOpenedDataSchema,
  TaskPlanned: TaskPlannedDataSchema,
  TaskAmended: TaskAmendedDataSchema,
  InspectionPlanned: InspectionPlannedDataSchema,
  InspectionAmended: InspectionAmendedDataSchema,
  ProgrammeIssued: ProgrammeIssuedDataSchema,
  TaskDone: TaskDoneDataSchema,
  TaskExtended: TaskExtendedDataSchema,
  InspectionDone: InspectionDoneDataSchema,
} as const;
