// Working-group commands: form it, set its leader, form sub-groups, add and remove members.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { CLOCK, handleCommand, newId, NotFound, type Clock, type StreamStore } from '@bcd/kernel';
import { agencyFactsOn, successorOn } from '../domain/agencies.js';
import type { Decision } from '../domain/facts.js';
import { workingGroupDecider, type WorkingGroupCommand, type WorkingGroupMember, type WorkingGroupState } from '../domain/working-group.js';
import { AgencyRegister } from './agencies.js';
import { CommitteeReader } from './committees.js';
import { MembershipProjection } from './membership-projection.js';
import { PersonDirectory } from './people.js';
import { Regulations } from './regulations.js';
import { streamIds, workingGroupCodec } from './streams.js';
import { MEMBERSHIP_EVENT_STORE } from './tokens.js';

export type WorkingGroupRequest =
  | { type: 'FormWorkingGroup'; name: string | null; decision: Decision; formedOn: LocalDate }
  | { type: 'SetWorkingGroupLeader'; personId: string; decision: Decision; effectiveOn: LocalDate }
  | { type: 'FormSubGroup'; name: string; formedOn: LocalDate }
  | { type: 'AddWorkingGroupMember'; personId: string; agencyId: string; subGroupId: string | null; joinedOn: LocalDate; nomination: Decision | null }
  | { type: 'RemoveWorkingGroupMember'; personId: string; leftOn: LocalDate; reason: string | null };

/** If-Match names the working group's version (its stream). */
export class ChangeWorkingGroup {
  constructor(
    readonly tenant: string,
    readonly committeeId: string,
    readonly request: WorkingGroupRequest,
    readonly expectedVersion?: number,
  ) {}
}

export interface WorkingGroupSummary {
  committeeId: string;
  name: string;
  formedOn: LocalDate;
  leader: { personId: string; since: LocalDate } | null;
  subGroups: { subGroupId: string; name: string; formedOn: LocalDate }[];
  members: WorkingGroupMember[];
  version: number;
}

@Injectable()
export class WorkingGroupCommands {
  constructor(
    @Inject(MEMBERSHIP_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: MembershipProjection,
    private readonly regulations: Regulations,
    private readonly agencies: AgencyRegister,
    private readonly people: PersonDirectory,
    private readonly committees: CommitteeReader,
  ) {}

  async change({ tenant, committeeId, request, expectedVersion }: ChangeWorkingGroup): Promise<WorkingGroupSummary> {
    const metadata = { now: this.clock.now() };
    let command: WorkingGroupCommand;
    let date: LocalDate;
    switch (request.type) {
      case 'FormWorkingGroup': {
        date = request.formedOn;
        const { state } = await this.committees.load(tenant, committeeId);
        const committee = state.status === 'absent' ? { exists: false, dissolvedOn: null } : { exists: true, dissolvedOn: state.dissolvedOn };
        command = { type: 'FormWorkingGroup', data: { ...request, committeeId, committee, regulation: await this.regulations.inForce(tenant, date) }, metadata };
        break;
      }
      case 'SetWorkingGroupLeader':
        date = request.effectiveOn;
        command = { type: 'SetWorkingGroupLeader', data: request, metadata };
        break;
      case 'FormSubGroup':
        date = request.formedOn;
        command = { type: 'FormSubGroup', data: { ...request, subGroupId: newId() }, metadata };
        break;
      case 'AddWorkingGroupMember': {
        date = request.joinedOn;
        const { personId, agencyId, ...rest } = request;
        const [person, register, committee, regulation] = await Promise.all([
          this.people.facts(tenant, personId),
          this.agencies.load(tenant),
          this.committees.existing(tenant, committeeId),
          this.regulations.inForce(tenant, date),
        ]);
        const designated = [...committee.standingAgencies].reverse().find((s) => s.effectiveOn <= date);
        const standingAgencyId = designated ? successorOn(register, designated.agencyId, date) : null;
        command = {
          type: 'AddWorkingGroupMember',
          data: { ...rest, person, agency: agencyFactsOn(register, agencyId, date), standingAgencyId, regulation },
          metadata,
        };
        break;
      }
      case 'RemoveWorkingGroupMember':
        date = request.leftOn;
        command = { type: 'RemoveWorkingGroupMember', data: request, metadata };
        break;
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
    const result = await handleCommand(this.store, workingGroupDecider, {
      tenantId: tenant,
      streamId: streamIds.workingGroup(tenant, committeeId),
      command,
      occurredAt: vietnamInstant(date),
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      codec: workingGroupCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return workingGroupSummary(result.newState, result.nextExpectedVersion);
  }
}

@CommandHandler(ChangeWorkingGroup)
export class ChangeWorkingGroupHandler implements ICommandHandler<ChangeWorkingGroup, WorkingGroupSummary> {
  constructor(private readonly commands: WorkingGroupCommands) {}
  execute(command: ChangeWorkingGroup): Promise<WorkingGroupSummary> {
    return this.commands.change(command);
  }
}

function workingGroupSummary(state: WorkingGroupState, version: number): WorkingGroupSummary {
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
