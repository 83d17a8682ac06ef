// The work-programme part of a tenant's state, read through PROGRAMME_EVENT_DATA: each committee's annual programme
// (the year, the deadline the tenant set for its issue, whether the regulation in force names one, the chair's issue
// and whether it was on time), its tasks (owner agency, deadline as issued, extensions approved by the chair, the day
// done) and its inspections. KPI 10 reads it. Pure.
import type { LocalDate } from '@bcd/calendar';
import type { PROGRAMME_EVENT_DATA } from '@bcd/contracts';
import type { Decision } from '@bcd/regulation';
import type { z } from 'zod';

type Data<K extends keyof typeof PROGRAMME_EVENT_DATA> = z.infer<(typeof PROGRAMME_EVENT_DATA)[K]>;

export interface ProgrammeRecord {
  programmeId: string;
  committeeId: string;
  year: number;
  openedOn: LocalDate;
  /** The tenant's deadline for the issue; null: none set. */
  issueBy: LocalDate | null;
  /** Whether the regulation in force when it was opened names an annual programme. */
  annual: boolean;
  regulation: { packId: string; decisionNumber: string | null; article: string };
  issue: { decision: Decision; onTime: boolean | null } | null;
  inspections: Record<string, { agencyId: string; month: string; doneOn: LocalDate | null }>;
}

export interface ProgrammeTaskRecord {
  taskId: string;
  programmeId: string;
  ownerAgencyId: string;
  description: string;
  /** The deadline as drafted (and issued). */
  dueOn: LocalDate;
  /** Extensions approved by the chair, as folded. */
  extensions: { dueOn: LocalDate; approvedOn: LocalDate }[];
  doneOn: LocalDate | null;
}

export interface ProgrammesState {
  programmes: Record<string, ProgrammeRecord>;
  tasks: Record<string, ProgrammeTaskRecord>;
}

export const emptyProgrammesState = (): ProgrammesState => ({ programmes: {}, tasks: {} });

/** The programmes after one programme event (`type` without its namespace, data accepted by its contract), in place (tenant-state.ts "Folding in place"). */
export function evolveProgrammes(state: ProgrammesState, type: string, data: unknown): ProgrammesState {
  switch (type) {
    case 'ProgrammeOpened': {
      const d = data as Data<'ProgrammeOpened'>;
      if (state.programmes[d.programmeId]) return state;
      const { packId, decisionNumber, article } = d.regulation;
      const record: ProgrammeRecord = { programmeId: d.programmeId, committeeId: d.committeeId, year: d.year, openedOn: d.openedOn, issueBy: d.issueBy, annual: d.annual, regulation: { packId, decisionNumber, article }, issue: null, inspections: {} };
      state.programmes[d.programmeId] = record;
      return state;
    }
    case 'TaskPlanned':
    case 'TaskAmended': {
      const d = data as Data<'TaskPlanned'> | Data<'TaskAmended'>;
      const task: ProgrammeTaskRecord = { taskId: d.taskId, programmeId: d.programmeId, ownerAgencyId: d.ownerAgencyId, description: d.description, dueOn: d.dueOn, extensions: state.tasks[d.taskId]?.extensions ?? [], doneOn: state.tasks[d.taskId]?.doneOn ?? null };
      state.tasks[d.taskId] = task;
      return state;
    }
    case 'InspectionPlanned':
    case 'InspectionAmended': {
      const d = data as Data<'InspectionPlanned'> | Data<'InspectionAmended'>;
      return programme(state, d.programmeId, (p) => ({ ...p, inspections: { ...p.inspections, [d.inspectionId]: { agencyId: d.agencyId, month: d.month, doneOn: p.inspections[d.inspectionId]?.doneOn ?? null } } }));
    }
    case 'ProgrammeIssued': {
      const d = data as Data<'ProgrammeIssued'>;
      return programme(state, d.programmeId, (p) => ({ ...p, issue: { decision: d.decision, onTime: d.timeliness.onTime } }));
    }
    case 'TaskDone': {
      const d = data as Data<'TaskDone'>;
      return task(state, d.taskId, (t) => ({ ...t, doneOn: d.doneOn }));
    }
    case 'TaskExtended': {
      const d = data as Data<'TaskExtended'>;
      return task(state, d.taskId, (t) => ({ ...t, extensions: [...t.extensions, { dueOn: d.dueOn, approvedOn: d.approvedOn }] }));
    }
    case 'InspectionDone': {
      const d = data as Data<'InspectionDone'>;
      return programme(state, d.programmeId, (p) => {
        const inspection = p.inspections[d.inspectionId];
        return inspection ? { ...p, inspections: { ...p.inspections, [d.inspectionId]: { ...inspection, doneOn: d.doneOn } } } : p;
      });
    }
    default:
      return state;
  }
}

function programme(state: ProgrammesState, programmeId: string, change: (p: ProgrammeRecord) => ProgrammeRecord): ProgrammesState {
  const current = state.programmes[programmeId];
  if (current) state.programmes[programmeId] = change(current);
  return state;
}

function task(state: ProgrammesState, taskId: string, change: (t: ProgrammeTaskRecord) => ProgrammeTaskRecord): ProgrammesState {
  const current = state.tasks[taskId];
  if (current) state.tasks[taskId] = change(current);
  return state;
}

/** The deadline in force on `date`: the extension approved last by then (latest approval day, then as folded), or the one issued. */
export function taskDueOnAsOf(item: ProgrammeTaskRecord, date: LocalDate): LocalDate {
  let due: { dueOn: LocalDate; approvedOn: LocalDate } | undefined;
  for (const extension of item.extensions) {
    if (extension.approvedOn > date) continue;
    if (due === undefined || extension.approvedOn >= due.approvedOn) due = extension;
  }
  return due?.dueOn ?? item.dueOn;
}
