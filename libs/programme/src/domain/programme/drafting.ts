// Drafting the year's programme (RULES.md §1b): the standing agency or working group drafts it — "Xây dựng chương
// trình, kế hoạch công tác, kế hoạch kiểm tra hàng năm của Ban Chỉ đạo" (Thanh Hóa 2018 Điều 7.1; Bình Định 2021
// Điều 7.2; Phú Thọ 2022 Điều 8.1) — and the secretariat enters it: opened for a committee and year (with the
// deadline the tenant sets for its issue, if any: no seed regulation sets one), tasks with an owner agency and a
// deadline, inspections of agencies by month. The draft changes until the chair issues it.
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type Command } from '@bcd/kernel';
import type { RegulationSpan } from '@bcd/regulation';
import { refuse, Rules } from '../rules.js';
import type { OpenProgramme, ProgrammeEvent, ProgrammeState } from './programme.js';
import { inForce, readingOf, ruleData } from './regulation.js';

export type OpenProgrammeCommand = Command<
  'OpenProgramme',
  { programmeId: string; committeeId: string; year: number; title: string; openedOn: LocalDate; issueBy: LocalDate | null; regulation: RegulationSpan | undefined }
>;
type TaskFields = { programmeId: string; taskId: string; description: string; ownerAgencyId: string; dueOn: LocalDate };
export type PlanTask = Command<'PlanTask', TaskFields & { plannedOn: LocalDate }>;
export type AmendTask = Command<'AmendTask', TaskFields & { amendedOn: LocalDate }>;
type InspectionFields = { programmeId: string; inspectionId: string; agencyId: string; month: string; subject: string };
export type PlanInspection = Command<'PlanInspection', InspectionFields & { plannedOn: LocalDate }>;
export type AmendInspection = Command<'AmendInspection', InspectionFields & { amendedOn: LocalDate }>;

export function openProgramme({ data }: OpenProgrammeCommand, state: ProgrammeState): ProgrammeEvent[] {
  const { regulation, ...rest } = data;
  if (state.status !== 'none') throw refuse(Rules.flow, `The ${data.year} work programme of this committee is already open.`);
  const span = inForce(regulation, data.openedOn);
  return [{ type: 'ProgrammeOpened', data: { ...rest, regulation: ruleData(span), annual: readingOf(span.adoption.pack).annual } }];
}

export function planTask({ data }: PlanTask, state: ProgrammeState): ProgrammeEvent[] {
  const programme = drafting(state, data.programmeId, data.plannedOn);
  if (programme.tasks[data.taskId]) throw refuse(Rules.task, `Task ${data.taskId} is already in the ${programme.year} programme.`);
  return [{ type: 'TaskPlanned', data }];
}

export function amendTask({ data }: AmendTask, state: ProgrammeState): ProgrammeEvent[] {
  const programme = drafting(state, data.programmeId, data.amendedOn);
  const task = programme.tasks[data.taskId];
  if (!task) throw refuse(Rules.task, `The ${programme.year} programme has no task ${data.taskId}.`);
  if (task.description === data.description && task.ownerAgencyId === data.ownerAgencyId && task.dueOn === data.dueOn) return [];
  return [{ type: 'TaskAmended', data }];
}

export function planInspection({ data }: PlanInspection, state: ProgrammeState): ProgrammeEvent[] {
  const programme = drafting(state, data.programmeId, data.plannedOn);
  if (programme.inspections[data.inspectionId]) throw refuse(Rules.inspection, `Inspection ${data.inspectionId} is already in the ${programme.year} plan.`);
  inYear(programme, data.month);
  return [{ type: 'InspectionPlanned', data }];
}

export function amendInspection({ data }: AmendInspection, state: ProgrammeState): ProgrammeEvent[] {
  const programme = drafting(state, data.programmeId, data.amendedOn);
  const inspection = programme.inspections[data.inspectionId];
  if (!inspection) throw refuse(Rules.inspection, `The ${programme.year} plan has no inspection ${data.inspectionId}.`);
  inYear(programme, data.month);
  if (inspection.agencyId === data.agencyId && inspection.month === data.month && inspection.subject === data.subject) return [];
  return [{ type: 'InspectionAmended', data }];
}

/** A programme never opened names nothing of the province's: 404, as reading it is. */
export function opened(state: ProgrammeState, programmeId: string): OpenProgramme {
  if (state.status === 'none') throw new NotFound('Work programme', programmeId);
  return state;
}

/** A programme still in draft, changed on `on` (on or after it was opened). */
function drafting(state: ProgrammeState, programmeId: string, on: LocalDate): OpenProgramme {
  const programme = opened(state, programmeId);
  if (programme.issuedOn !== null) {
    throw refuse(Rules.flow, `The ${programme.year} programme was issued on ${programme.issuedOn}: its tasks and inspections no longer change, a deadline only by the chair's extension.`);
  }
  if (on < programme.openedOn) throw refuse(Rules.flow, `The draft changes on ${on}, before the programme was opened (${programme.openedOn}).`);
  return programme;
}

/** The annual inspection plan covers the programme's year. */
function inYear(programme: OpenProgramme, month: string): void {
  if (!month.startsWith(`${programme.year}-`)) throw refuse(Rules.inspection, `An inspection of the ${programme.year} plan falls in a month of ${programme.year}, not ${month}.`);
}
