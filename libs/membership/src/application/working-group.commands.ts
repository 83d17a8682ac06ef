// Working-group commands: form it, set its leader, form sub-groups, add and remove members, on the one
// working-group stream of a committee. The handler reads the committee, the agency register, the person
// and the regulation in force on the date; the kit's runner makes the time and a new sub-group's id.
// If-Match names the working group's version (its stream).
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type CommandInput } from '@bcd/kernel';
import type { Decision } from '@bcd/regulation';
import { CommandRunner, View, type CommandContext } from '@bcd/service-host';
import { agencyFactsOn, successorOn } from '../domain/agencies/agencies.js';
import { workingGroupAggregate, type WorkingGroupCommand } from '../domain/working-group/working-group.decider.js';
import type { WorkingGroupState } from '../domain/working-group/working-group.js';
import { MembershipFacts } from './facts.js';

export type WorkingGroupRequest =
  | { type: 'FormWorkingGroup'; name: string | null; decision: Decision; formedOn: LocalDate }
  | { type: 'SetWorkingGroupLeader'; personId: string; decision: Decision; effectiveOn: LocalDate }
  | { type: 'FormSubGroup'; name: string; formedOn: LocalDate }
  | { type: 'AddWorkingGroupMember'; personId: string; agencyId: string; subGroupId: string | null; joinedOn: LocalDate; nomination: Decision | null }
  | { type: 'RemoveWorkingGroupMember'; personId: string; leftOn: LocalDate; reason: string | null };

/** The working group after a change: leader, sub-groups, members; `version` is its stream's (the ETag). */
export const WorkingGroupSummarySchema = z.strictObject({
  committeeId: View.id,
  name: z.string(),
  formedOn: View.localDate,
  leader: z.strictObject({ personId: View.id, since: View.localDate }).nullable(),
  subGroups: z.array(z.strictObject({ subGroupId: View.id, name: z.string(), formedOn: View.localDate })),
  members: z.array(
    z.strictObject({ personId: View.id, agencyId: View.id, subGroupId: View.id.nullable(), joinedOn: View.localDate, nomination: View.decision.nullable() }),
  ),
  version: z.int(),
});
export type WorkingGroupSummary = z.infer<typeof WorkingGroupSummarySchema>;

export class ChangeWorkingGroup extends Command<WorkingGroupSummary> {
  constructor(
    readonly tenant: string,
    readonly committeeId: string,
    readonly request: WorkingGroupRequest,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeWorkingGroup)
export class WorkingGroupCommands implements ICommandHandler<ChangeWorkingGroup> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: MembershipFacts,
  ) {}

  async execute({ tenant, committeeId, request, expectedVersion }: ChangeWorkingGroup): Promise<WorkingGroupSummary> {
    const { state, version } = await this.runner.run(workingGroupAggregate, { tenantId: tenant, id: committeeId, expectedVersion }, (context) =>
      this.command(tenant, committeeId, request, context),
    );
    return summary(state, version);
  }

  private async command(tenant: string, committeeId: string, request: WorkingGroupRequest, { newId }: CommandContext): Promise<CommandInput<WorkingGroupCommand>> {
    switch (request.type) {
      case 'FormWorkingGroup': {
        const { type, ...data } = request;
        const state = await this.facts.committee(tenant, committeeId);
        const committee = state.status === 'absent' ? { exists: false, dissolvedOn: null } : { exists: true, dissolvedOn: state.dissolvedOn };
        return { type, data: { ...data, committeeId, committee, regulation: await this.facts.regulation(tenant, request.formedOn) } };
      }
      case 'SetWorkingGroupLeader': {
        const { type, ...data } = request;
        return { type, data };
      }
      case 'FormSubGroup': {
        const { type, ...data } = request;
        return { type, data: { ...data, subGroupId: newId() } };
      }
      case 'AddWorkingGroupMember': {
        const { type, personId, agencyId, ...data } = request;
        const date = request.joinedOn;
        const [person, register, committee, regulation] = await Promise.all([
          this.facts.person(tenant, personId),
          this.facts.agencies(tenant),
          this.facts.existingCommittee(tenant, committeeId),
          this.facts.regulation(tenant, date),
        ]);
        const designated = [...committee.standingAgencies].reverse().find((s) => s.effectiveOn <= date);
        const standingAgencyId = designated ? successorOn(register, designated.agencyId, date) : null;
        return { type, data: { ...data, person, agency: agencyFactsOn(register, agencyId, date), standingAgencyId, regulation } };
      }
      case 'RemoveWorkingGroupMember': {
        const { type, ...data } = request;
        return { type, data };
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }
}

function summary(state: WorkingGroupState, version: number): WorkingGroupSummary {
  if (state.status === 'absent') throw new NotFound('Working group');
  return {
    committeeId: state.committeeId,
    name: state.name,
    formedOn: state.formedOn,
    leader: state.leader,
    subGroups: Object.entries(state.subGroups).map(([subGroupId, s]) => ({ subGroupId, ...s })),
    members: Object.values(state.members),
    version,
  };
}
