// Committee and member commands. The handler reads what the decider needs from elsewhere (the regulation
// in force on the date of the fact, through the RegulationsInForce port; the agency register; the person
// streams), puts it into the domain command with the time, and appends through the kernel's handleCommand.
import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { vietnamInstant, type LocalDate } from '@bcd/calendar';
import { aggregateStream, CLOCK, handleCommand, newId, NotFound, type Clock, type StreamStore } from '@bcd/kernel';
import { agencyFactsOn } from '../domain/agencies.js';
import {
  committeeDecider,
  currentRole,
  type AbsenceReason,
  type ActiveCommittee,
  type CommitteeCommand,
  type CommitteeState,
  type EndReason,
  type LongAbsence,
  type MemberRole,
  type MemberState,
  type Responsibility,
} from '../domain/committee.js';
import type { Decision } from '../domain/facts.js';
import { AgencyRegister } from './agencies.js';
import { MembershipProjection } from './membership-projection.js';
import { PersonDirectory } from './people.js';
import { Regulations } from './regulations.js';
import { committeeCodec, streamIds } from './streams.js';
import { MEMBERSHIP_EVENT_STORE } from './tokens.js';

export type CommitteeRequest =
  | { type: 'EstablishCommittee'; name: string; decision: Decision; establishedOn: LocalDate; standingAgencyId: string | null }
  | {
      type: 'ReestablishCommittee';
      decision: Decision;
      effectiveOn: LocalDate;
      name: string | null;
      carriedOver: string[];
      replaced: { memberId: string; personId: string }[];
    }
  | { type: 'RenameCommittee'; name: string; decision: Decision; effectiveOn: LocalDate }
  | { type: 'DissolveCommittee'; decision: Decision; effectiveOn: LocalDate }
  | { type: 'DesignateStandingAgency'; agencyId: string; decision: Decision; effectiveOn: LocalDate };

export type MemberRequest =
  | { type: 'AppointMember'; personId: string; role: MemberRole; agencyId: string; decision: Decision; effectiveOn: LocalDate }
  | { type: 'ChangeRole'; memberId: string; role: MemberRole; decision: Decision; effectiveOn: LocalDate }
  | { type: 'AssignResponsibilities'; memberId: string; responsibilities: Responsibility[]; effectiveOn: LocalDate; decision: Decision | null }
  | { type: 'DismissMember'; memberId: string; decision: Decision; effectiveOn: LocalDate }
  | {
      type: 'NotifyLongAbsence';
      memberId: string;
      reason: AbsenceReason;
      from: LocalDate;
      expectedUntil: LocalDate | null;
      noticeReference: string;
      notifiedOn: LocalDate;
    }
  | { type: 'ProposeReplacement'; memberId: string; personId: string; proposedOn: LocalDate; proposalReference: string }
  | { type: 'AppointReplacement'; memberId: string; decision: Decision; effectiveOn: LocalDate }
  | { type: 'EndLongAbsence'; memberId: string; endedOn: LocalDate };

/** A change of the committee itself; If-Match names the committee's version (its stream). */
export class ChangeCommittee {
  constructor(
    readonly tenant: string,
    readonly committeeId: string,
    readonly request: CommitteeRequest,
    readonly expectedVersion?: number,
  ) {}
}

/** A change of one member (an appointment creates one); If-Match names the member's revision (committee's version for an appointment). */
export class ChangeMember {
  constructor(
    readonly tenant: string,
    readonly committeeId: string,
    readonly request: MemberRequest,
    readonly expected?: number,
  ) {}
}

export interface CommitteeSummary {
  committeeId: string;
  status: 'active' | 'dissolved';
  names: { name: string; effectiveOn: LocalDate }[];
  establishedOn: LocalDate;
  standingAgencies: { agencyId: string; effectiveOn: LocalDate }[];
  dissolvedOn: LocalDate | null;
  /** The committee stream's version: its ETag. */
  version: number;
}

export interface MemberSummary {
  committeeId: string;
  memberId: string;
  personId: string;
  agencyId: string;
  role: MemberRole;
  roles: MemberState['roles'];
  appointedOn: LocalDate;
  until: LocalDate | null;
  endReason: EndReason | null;
  responsibilities: Responsibility[];
  absence: LongAbsence | null;
  /** The member's revision: its ETag. */
  revision: number;
  /** The member appointed to this seat by this command (a replacement), if any. */
  replacedBy?: string;
}

/** A committee folded from its stream. */
@Injectable()
export class CommitteeReader {
  constructor(@Inject(MEMBERSHIP_EVENT_STORE) private readonly store: StreamStore) {}

  async load(tenant: string, committeeId: string): Promise<{ state: CommitteeState; version: number }> {
    return aggregateStream(this.store, committeeDecider, tenant, streamIds.committee(tenant, committeeId), { codec: committeeCodec });
  }

  async existing(tenant: string, committeeId: string): Promise<ActiveCommittee> {
    const { state } = await this.load(tenant, committeeId);
    if (state.status === 'absent') throw new NotFound('Committee', committeeId);
    return state;
  }
}

@Injectable()
export class CommitteeCommands {
  constructor(
    @Inject(MEMBERSHIP_EVENT_STORE) private readonly store: StreamStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly projection: MembershipProjection,
    private readonly regulations: Regulations,
    private readonly agencies: AgencyRegister,
    private readonly people: PersonDirectory,
    private readonly committees: CommitteeReader,
  ) {}

  async changeCommittee({ tenant, committeeId, request, expectedVersion }: ChangeCommittee): Promise<CommitteeSummary> {
    const metadata = { now: this.clock.now() };
    let command: CommitteeCommand;
    let date: LocalDate;
    switch (request.type) {
      case 'EstablishCommittee': {
        date = request.establishedOn;
        const standingAgency = request.standingAgencyId === null ? null : agencyFactsOn(await this.agencies.load(tenant), request.standingAgencyId, date);
        const { standingAgencyId: _id, ...rest } = request;
        command = { type: 'EstablishCommittee', data: { ...rest, committeeId, regulation: await this.regulations.inForce(tenant, date), standingAgency }, metadata };
        break;
      }
      case 'ReestablishCommittee': {
        date = request.effectiveOn;
        const replaced = await Promise.all(
          request.replaced.map(async (r) => ({ memberId: r.memberId, newMemberId: newId(), person: await this.people.facts(tenant, r.personId) })),
        );
        command = { type: 'ReestablishCommittee', data: { ...request, replaced }, metadata };
        break;
      }
      case 'RenameCommittee':
        date = request.effectiveOn;
        command = { type: 'RenameCommittee', data: request, metadata };
        break;
      case 'DissolveCommittee':
        date = request.effectiveOn;
        command = { type: 'DissolveCommittee', data: request, metadata };
        break;
      case 'DesignateStandingAgency': {
        date = request.effectiveOn;
        const agency = agencyFactsOn(await this.agencies.load(tenant), request.agencyId, date);
        command = { type: 'DesignateStandingAgency', data: { agency, decision: request.decision, effectiveOn: date }, metadata };
        break;
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
    const { state, version } = await this.decide(tenant, committeeId, command, date, expectedVersion);
    return committeeSummary(state, version);
  }

  async changeMember({ tenant, committeeId, request, expected }: ChangeMember): Promise<MemberSummary> {
    const metadata = { now: this.clock.now() };
    if (request.type === 'AppointMember') {
      const { personId, agencyId, effectiveOn, ...rest } = request;
      const memberId = newId();
      const [person, register, regulation] = await Promise.all([
        this.people.facts(tenant, personId),
        this.agencies.load(tenant),
        this.regulations.inForce(tenant, effectiveOn),
      ]);
      const command: CommitteeCommand = {
        type: 'AppointMember',
        data: { ...rest, memberId, person, agency: agencyFactsOn(register, agencyId, effectiveOn), effectiveOn, regulation },
        metadata,
      };
      const { state } = await this.decide(tenant, committeeId, command, effectiveOn, expected);
      return memberSummary(state, memberId);
    }

    const precondition = { memberId: request.memberId, ...(expected === undefined ? {} : { expectedRevision: expected }) };
    let command: CommitteeCommand;
    let date: LocalDate;
    let replacedBy: string | undefined;
    switch (request.type) {
      case 'ChangeRole': {
        date = request.effectiveOn;
        const member = await this.member(tenant, committeeId, request.memberId);
        const [register, regulation] = await Promise.all([this.agencies.load(tenant), this.regulations.inForce(tenant, date)]);
        command = {
          type: 'ChangeRole',
          data: { ...precondition, role: request.role, decision: request.decision, effectiveOn: date, agency: agencyFactsOn(register, member.agencyId, date), regulation },
          metadata,
        };
        break;
      }
      case 'AssignResponsibilities':
        date = request.effectiveOn;
        command = { type: 'AssignResponsibilities', data: { ...request, ...precondition }, metadata };
        break;
      case 'DismissMember':
        date = request.effectiveOn;
        command = { type: 'DismissMember', data: { ...request, ...precondition }, metadata };
        break;
      case 'NotifyLongAbsence':
        date = request.notifiedOn;
        command = { type: 'NotifyLongAbsence', data: { ...request, ...precondition, regulation: await this.regulations.inForce(tenant, date) }, metadata };
        break;
      case 'ProposeReplacement': {
        date = request.proposedOn;
        const { personId, ...rest } = request;
        command = { type: 'ProposeReplacement', data: { ...rest, ...precondition, person: await this.people.facts(tenant, personId) }, metadata };
        break;
      }
      case 'AppointReplacement': {
        date = request.effectiveOn;
        const member = await this.member(tenant, committeeId, request.memberId);
        const proposed = member.absence?.proposal?.personId;
        // Without a proposal the decider refuses (MEMBERSHIP-no-long-absence); it still needs a person to look at.
        const person = proposed === undefined ? { personId: member.personId, status: 'registered' as const } : await this.people.facts(tenant, proposed);
        replacedBy = newId();
        command = { type: 'AppointReplacement', data: { ...precondition, newMemberId: replacedBy, person, decision: request.decision, effectiveOn: date }, metadata };
        break;
      }
      case 'EndLongAbsence':
        date = request.endedOn;
        command = { type: 'EndLongAbsence', data: { ...precondition, endedOn: date }, metadata };
        break;
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
    const { state } = await this.decide(tenant, committeeId, command, date);
    return { ...memberSummary(state, request.memberId), ...(replacedBy === undefined ? {} : { replacedBy }) };
  }

  private async member(tenant: string, committeeId: string, memberId: string): Promise<MemberState> {
    const member = (await this.committees.existing(tenant, committeeId)).members[memberId];
    if (!member) throw new NotFound('Member', memberId);
    return member;
  }

  private async decide(tenant: string, committeeId: string, command: CommitteeCommand, date: LocalDate, expectedVersion?: number) {
    const result = await handleCommand(this.store, committeeDecider, {
      tenantId: tenant,
      streamId: streamIds.committee(tenant, committeeId),
      command,
      occurredAt: vietnamInstant(date),
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      codec: committeeCodec,
    });
    await this.projection.waitFor(result.checkpoint);
    return { state: result.newState, version: result.nextExpectedVersion };
  }
}

@CommandHandler(ChangeCommittee)
export class ChangeCommitteeHandler implements ICommandHandler<ChangeCommittee, CommitteeSummary> {
  constructor(private readonly commands: CommitteeCommands) {}
  execute(command: ChangeCommittee): Promise<CommitteeSummary> {
    return this.commands.changeCommittee(command);
  }
}

@CommandHandler(ChangeMember)
export class ChangeMemberHandler implements ICommandHandler<ChangeMember, MemberSummary> {
  constructor(private readonly commands: CommitteeCommands) {}
  execute(command: ChangeMember): Promise<MemberSummary> {
    return this.commands.changeMember(command);
  }
}

export function committeeSummary(state: CommitteeState, version: number): CommitteeSummary {
  if (state.status === 'absent') throw new NotFound('Committee');
  return {
    committeeId: state.committeeId,
    status: state.status,
    names: state.names,
    establishedOn: state.establishedOn,
    standingAgencies: state.standingAgencies,
    dissolvedOn: state.dissolvedOn,
    version,
  };
}

export function memberSummary(state: CommitteeState, memberId: string): MemberSummary {
  const member = state.status === 'absent' ? undefined : state.members[memberId];
  if (state.status === 'absent' || !member) throw new NotFound('Member', memberId);
  return {
    committeeId: state.committeeId,
    memberId,
    personId: member.personId,
    agencyId: member.agencyId,
    role: currentRole(member),
    roles: member.roles,
    appointedOn: member.appointedOn,
    until: member.until,
    endReason: member.endReason,
    responsibilities: member.responsibilities,
    absence: member.absence,
    revision: member.revision,
  };
}
