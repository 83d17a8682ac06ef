// The annual work programme of one committee for one year (RULES.md §1b): its events, its state and `evolve`. One
// stream (`programme-<tenant>-<programmeId>`) holds the draft (tasks, inspections), the chair's issue and the
// follow-up (tasks done or extended, inspections done): every check reads one version.
import type { LocalDate } from '@bcd/calendar';
import type { EventsOf } from '@bcd/kernel';
import type { PROGRAMME_EVENT_DATA } from '@bcd/contracts';
import type { z } from 'zod';

type EventData = { [Type in keyof typeof PROGRAMME_EVENT_DATA]: z.infer<(typeof PROGRAMME_EVENT_DATA)[Type]> };

export type ProgrammeEvent = EventsOf<EventData>;

export interface Task {
  taskId: string;
  description: string;
  ownerAgencyId: string;
  /** The deadline as drafted (the issued programme's), before any extension. */
  dueOn: LocalDate;
  /** Extensions approved by the chair, in the order recorded. */
  extensions: readonly { dueOn: LocalDate; approvedOn: LocalDate }[];
  doneOn: LocalDate | null;
}

export interface Inspection {
  inspectionId: string;
  agencyId: string;
  month: string;
  subject: string;
  doneOn: LocalDate | null;
}

export interface OpenProgramme {
  status: 'open';
  programmeId: string;
  committeeId: string;
  year: number;
  openedOn: LocalDate;
  issueBy: LocalDate | null;
  /** The latest business date of the draft (opened, a task or inspection planned or amended): the issue comes on or after it. */
  draftedUntil: LocalDate;
  issuedOn: LocalDate | null;
  tasks: Readonly<Record<string, Task>>;
  inspections: Readonly<Record<string, Inspection>>;
}

export type ProgrammeState = { status: 'none' } | OpenProgramme;

export const initialState = (): ProgrammeState => ({ status: 'none' });

export function evolve(state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  if (event.type === 'ProgrammeOpened') {
    const { programmeId, committeeId, year, openedOn, issueBy } = event.data;
    return { status: 'open', programmeId, committeeId, year, openedOn, issueBy, draftedUntil: openedOn, issuedOn: null, tasks: {}, inspections: {} };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'TaskPlanned':
    case 'TaskAmended': {
      const { taskId, description, ownerAgencyId, dueOn } = event.data;
      const on = event.type === 'TaskPlanned' ? event.data.plannedOn : event.data.amendedOn;
      const task: Task = { taskId, description, ownerAgencyId, dueOn, extensions: [], doneOn: null };
      return { ...state, draftedUntil: later(state.draftedUntil, on), tasks: { ...state.tasks, [taskId]: task } };
    }
    case 'InspectionPlanned':
    case 'InspectionAmended': {
      const { inspectionId, agencyId, month, subject } = event.data;
      const on = event.type === 'InspectionPlanned' ? event.data.plannedOn : event.data.amendedOn;
      return { ...state, draftedUntil: later(state.draftedUntil, on), inspections: { ...state.inspections, [inspectionId]: { inspectionId, agencyId, month, subject, doneOn: null } } };
    }
    case 'ProgrammeIssued':
      return { ...state, issuedOn: event.data.decision.date };
    case 'TaskDone':
      return changeTask(state, event.data.taskId, (t) => ({ ...t, doneOn: event.data.doneOn }));
    case 'TaskExtended':
      return changeTask(state, event.data.taskId, (t) => ({ ...t, extensions: [...t.extensions, { dueOn: event.data.dueOn, approvedOn: event.data.approvedOn }] }));
    case 'InspectionDone': {
      const inspection = state.inspections[event.data.inspectionId];
      return inspection ? { ...state, inspections: { ...state.inspections, [inspection.inspectionId]: { ...inspection, doneOn: event.data.doneOn } } } : state;
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
}

/** The deadline in force on `date`: the extension approved last by then, or the one issued. */
export function dueOnAsOf<D extends string = LocalDate>(task: { dueOn: D; extensions: readonly { dueOn: D; approvedOn: D }[] }, date: D): D {
  let due: { dueOn: D; approvedOn: D } | undefined;
  for (const extension of task.extensions) {
    if (extension.approvedOn <= date && (due === undefined || extension.approvedOn >= due.approvedOn)) due = extension;
  }
  return due?.dueOn ?? task.dueOn;
}

function changeTask(state: OpenProgramme, taskId: string, change: (task: Task) => Task): OpenProgramme {
  const task = state.tasks[taskId];
  return task ? { ...state, tasks: { ...state.tasks, [taskId]: change(task) } } : state;
}

const later = (a: LocalDate, b: LocalDate): LocalDate => (a >= b ? a : b);
