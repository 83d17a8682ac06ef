// Work-programme commands on a programme's stream: each request becomes the domain command with what it needs from
// elsewhere — the regulation in force on the fact's date (the kit's Regulations), the caller's seat on the roster of
// the day for the chair's issue and extensions (the kit's Caller, through ROSTERS) — and the ids the runner makes.
// A programme is named by the tenant, the committee and the year (one per committee and year).
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type CommandInput } from '@bcd/kernel';
import { regulationSpanOn, type Decision } from '@bcd/regulation';
import { Caller, CommandRunner, ReadModelDatabase, Regulations } from '@bcd/service-host';
import { programmeAggregate, programmeIdOf, type ProgrammeCommand } from '../domain/programme/programme.decider.js';
import { programmeOf } from '../read-model/programme.query.js';
import type { ProgrammeView } from '../read-model/programme.view.js';

type TaskFields = { description: string; ownerAgencyId: string; dueOn: LocalDate };
type InspectionFields = { agencyId: string; month: string; subject: string };

export type ProgrammeRequest =
  | { type: 'OpenProgramme'; committeeId: string; year: number; title: string; openedOn: LocalDate; issueBy: LocalDate | null }
  | ({ type: 'PlanTask'; plannedOn: LocalDate } & TaskFields)
  | ({ type: 'AmendTask'; taskId: string; amendedOn: LocalDate } & TaskFields)
  | ({ type: 'PlanInspection'; plannedOn: LocalDate } & InspectionFields)
  | ({ type: 'AmendInspection'; inspectionId: string; amendedOn: LocalDate } & InspectionFields)
  | { type: 'IssueProgramme'; decision: Decision }
  | { type: 'CompleteTask'; taskId: string; doneOn: LocalDate; note: string | null }
  | { type: 'ExtendTask'; taskId: string; dueOn: LocalDate; reason: string; approvedOn: LocalDate }
  | { type: 'CompleteInspection'; inspectionId: string; doneOn: LocalDate; findings: string | null };

/** What a change made: the programme after it and, for a request that creates a task or inspection, its id. */
export interface ProgrammeChange {
  programme: ProgrammeView;
  createdId: string | null;
}

export class ChangeProgramme extends Command<ProgrammeChange> {
  constructor(
    readonly tenant: string,
    /** Absent only when opening a programme (its id is made from the committee and the year). */
    readonly programmeId: string | undefined,
    readonly request: ProgrammeRequest,
    readonly expected?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeProgramme)
export class ProgrammeCommands implements ICommandHandler<ChangeProgramme> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly regulations: Regulations,
    private readonly caller: Caller,
    private readonly db: ReadModelDatabase,
  ) {}

  async execute({ tenant, programmeId, request, expected }: ChangeProgramme): Promise<ProgrammeChange> {
    const id = programmeId ?? (request.type === 'OpenProgramme' ? programmeIdOf(tenant, request.committeeId, request.year) : undefined);
    if (id === undefined) throw new NotFound('Work programme');
    let createdId: string | null = null;
    await this.runner.run(programmeAggregate, { tenantId: tenant, id, expectedVersion: expected }, async ({ newId }) => {
      const { command, created } = await this.build(tenant, id, request, newId);
      createdId = created;
      return command;
    });
    return { programme: await this.db.read((tx) => programmeOf(tx, tenant, id)), createdId };
  }

  private async build(tenant: string, programmeId: string, request: ProgrammeRequest, newId: () => string): Promise<{ command: CommandInput<ProgrammeCommand>; created: string | null }> {
    const regulation = async (date: LocalDate) => regulationSpanOn(await this.regulations.adoptions(tenant), date);
    const plain = (command: CommandInput<ProgrammeCommand>) => ({ command, created: null });
    switch (request.type) {
      case 'OpenProgramme': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, programmeId, regulation: await regulation(data.openedOn) } });
      }
      case 'PlanTask': {
        const { type, ...data } = request;
        const taskId = newId();
        return { command: { type, data: { ...data, programmeId, taskId } }, created: taskId };
      }
      case 'PlanInspection': {
        const { type, ...data } = request;
        const inspectionId = newId();
        return { command: { type, data: { ...data, programmeId, inspectionId } }, created: inspectionId };
      }
      case 'IssueProgramme': {
        const { type, ...data } = request;
        const seat = await this.caller.seatOn(tenant, data.decision.date, 'Issuing the work programme');
        const issuedBy = { memberId: seat.memberId, role: seat.role, committeeId: seat.committeeId };
        return plain({ type, data: { ...data, programmeId, issuedBy, regulation: await regulation(data.decision.date) } });
      }
      case 'ExtendTask': {
        const { type, ...data } = request;
        const seat = await this.caller.seatOn(tenant, data.approvedOn, 'Extending a task\'s deadline');
        const approvedBy = { memberId: seat.memberId, role: seat.role, committeeId: seat.committeeId };
        return plain({ type, data: { ...data, programmeId, approvedBy, regulation: await regulation(data.approvedOn) } });
      }
      case 'AmendTask': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, programmeId } });
      }
      case 'AmendInspection': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, programmeId } });
      }
      case 'CompleteTask': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, programmeId } });
      }
      case 'CompleteInspection': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, programmeId } });
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }
}
