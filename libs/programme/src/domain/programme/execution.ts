// Following the issued programme (RULES.md §1b): the working group or standing agency "theo dõi, đôn đốc, báo cáo …
// kết quả thực hiện các chương trình, kế hoạch của Ban Chỉ đạo" (Thanh Hóa 2018 Điều 5.1 and 7.1) — a task done on a
// day, an inspection done; a task's deadline moved only by the chair, who issued it (an extension is approved on a
// day, and counts from that day: KPI 10 reads the deadline in force on the day asked).
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import type { RegulationSpan } from '@bcd/regulation';
import type { MemberRole } from '@bcd/contracts';
import { refuse, Rules } from '../rules.js';
import { opened } from './drafting.js';
import { dueOnAsOf, type OpenProgramme, type ProgrammeEvent, type ProgrammeState, type Task } from './programme.js';
import { ensureChair, inForce, readingOf } from './regulation.js';

export type CompleteTask = Command<'CompleteTask', { programmeId: string; taskId: string; doneOn: LocalDate; note: string | null }>;
export type ExtendTask = Command<
  'ExtendTask',
  {
    programmeId: string;
    taskId: string;
    dueOn: LocalDate;
    reason: string;
    approvedOn: LocalDate;
    /** The caller's seat on the roster of `approvedOn`. */
    approvedBy: { memberId: string; role: MemberRole; committeeId: string };
    regulation: RegulationSpan | undefined;
  }
>;
export type CompleteInspection = Command<'CompleteInspection', { programmeId: string; inspectionId: string; doneOn: LocalDate; findings: string | null }>;

export function completeTask({ data }: CompleteTask, state: ProgrammeState): ProgrammeEvent[] {
  const programme = issued(state, data.programmeId, data.doneOn, 'A task is done');
  const task = taskOf(programme, data.taskId);
  if (task.doneOn === data.doneOn) return [];
  if (task.doneOn !== null) throw refuse(Rules.task, `Task ${data.taskId} was done on ${task.doneOn}.`);
  return [{ type: 'TaskDone', data }];
}

export function extendTask({ data }: ExtendTask, state: ProgrammeState): ProgrammeEvent[] {
  const programme = issued(state, data.programmeId, data.approvedOn, 'A deadline is extended');
  const task = taskOf(programme, data.taskId);
  const pack = inForce(data.regulation, data.approvedOn).adoption.pack;
  ensureChair(pack, data.approvedBy, programme.committeeId, data.approvedOn, 'Extending a task\'s deadline');
  if (task.doneOn !== null) throw refuse(Rules.task, `Task ${data.taskId} was done on ${task.doneOn}: its deadline stays.`);
  const previousDueOn = dueOnAsOf(task, data.approvedOn);
  if (data.dueOn <= previousDueOn) throw refuse(Rules.task, `The new deadline (${data.dueOn}) must come after the one in force (${previousDueOn}).`);
  const { regulation: _r, approvedBy, ...rest } = data;
  return [{ type: 'TaskExtended', data: { ...rest, previousDueOn, approvedBy: { memberId: approvedBy.memberId, role: approvedBy.role }, article: readingOf(pack).article } }];
}

export function completeInspection({ data }: CompleteInspection, state: ProgrammeState): ProgrammeEvent[] {
  const programme = issued(state, data.programmeId, data.doneOn, 'An inspection is done');
  const inspection = programme.inspections[data.inspectionId];
  if (!inspection) throw refuse(Rules.inspection, `The ${programme.year} plan has no inspection ${data.inspectionId}.`);
  if (inspection.doneOn === data.doneOn) return [];
  if (inspection.doneOn !== null) throw refuse(Rules.inspection, `Inspection ${data.inspectionId} was done on ${inspection.doneOn}.`);
  return [{ type: 'InspectionDone', data: { ...data, agencyId: inspection.agencyId } }];
}

/** An issued programme, followed on `on` (on or after its issue: its tasks are owed from then). */
function issued(state: ProgrammeState, programmeId: string, on: LocalDate, what: string): OpenProgramme {
  const programme = opened(state, programmeId);
  if (programme.issuedOn === null) throw refuse(Rules.flow, `${what} only once the ${programme.year} programme is issued: a draft owes nothing yet.`);
  if (on < programme.issuedOn) throw refuse(Rules.flow, `${what} on ${on}, before the programme was issued (${programme.issuedOn}).`);
  return programme;
}

function taskOf(programme: OpenProgramme, taskId: string): Task {
  const task = programme.tasks[taskId];
  if (!task) throw refuse(Rules.task, `The ${programme.year} programme has no task ${taskId}.`);
  return task;
}
