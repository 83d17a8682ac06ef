// Committee and member commands, on the committee's stream. The handler reads what the decider needs from
// elsewhere (the regulation in force on the date of the fact and its span, the agency register, the
// person streams) and builds the domain command; the kit's runner makes the time and the new ids
// (a new committee, a new member), decides and appends. If-Match names the committee's version for a
// change of the committee or an appointment, and the member's own revision for a change of a member.
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { z } from 'zod';
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type CommandInput } from '@bcd/kernel';
import type { Decision } from '@bcd/regulation';
import { CommandRunner, View, type CommandContext } from '@bcd/service-host';
import { committeeAggregate, type CommitteeCommand } from '../domain/committee/committee.decider.js';
import type { MemberPrecondition } from '../domain/committee/seats.js';
import {
  ABSENCE_REASONS,
  currentRole,
  END_REASONS,
  MEMBER_ROLES,
  type AbsenceReason,
  type CommitteeState,
  type MemberRole,
  type Responsibility,
} from '../domain/committee/committee.js';
import { MembershipFacts } from './facts.js';

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
  | { type: 'NotifyLongAbsence'; memberId: string; reason: AbsenceReason; from: LocalDate; expectedUntil: LocalDate | null; noticeReference: string; notifiedOn: LocalDate }
  | { type: 'ProposeReplacement'; memberId: string; personId: string; proposedOn: LocalDate; proposalReference: string }
  | { type: 'AppointReplacement'; memberId: string; decision: Decision; effectiveOn: LocalDate }
  | { type: 'EndLongAbsence'; memberId: string; endedOn: LocalDate };

/** A committee after a change of the committee itself; `version` is its stream's version (the ETag). */
export const CommitteeSummarySchema = z.strictObject({
  committeeId: View.id,
  status: z.enum(['active', 'dissolved']),
  names: z.array(z.strictObject({ name: z.string(), effectiveOn: View.localDate })),
  establishedOn: View.localDate,
  standingAgencies: z.array(z.strictObject({ agencyId: View.id, effectiveOn: View.localDate })),
  dissolvedOn: View.localDate.nullable(),
  version: z.int(),
});
export type CommitteeSummary = z.infer<typeof CommitteeSummarySchema>;

/** A member after a change of it; `revision` is the member's own (the ETag of /members/:memberId). */
export const MemberSummarySchema = z.strictObject({
  committeeId: View.id,
  memberId: View.id,
  personId: View.id,
  agencyId: View.id,
  role: z.enum(MEMBER_ROLES),
  roles: z.array(z.strictObject({ role: z.enum(MEMBER_ROLES), from: View.localDate, decision: View.decision })),
  appointedOn: View.localDate,
  until: View.localDate.nullable(),
  endReason: z.enum(END_REASONS).nullable(),
  responsibilities: z.array(z.strictObject({ area: z.string(), text: z.string() })),
  absence: z
    .strictObject({
      reason: z.enum(ABSENCE_REASONS),
      from: View.localDate,
      expectedUntil: View.localDate.nullable(),
      noticeReference: z.string(),
      notifiedOn: View.localDate,
      proposal: z.strictObject({ personId: View.id, proposedOn: View.localDate, proposalReference: z.string() }).nullable(),
    })
    .nullable(),
  revision: z.int(),
  /** The member appointed to this seat by this command (a replacement). */
  replacedBy: View.id.optional(),
});
export type MemberSummary = z.infer<typeof MemberSummarySchema>;

/** What a change answers: the member for a change of a member (an appointment too), else the committee. */
export type CommitteeChangeResult<R> = R extends MemberRequest ? MemberSummary : CommitteeSummary;

/** A change of a committee or of one of its members; `committeeId` undefined: establish a new committee. */
export class ChangeCommittee<R extends CommitteeRequest | MemberRequest = CommitteeRequest | MemberRequest> extends Command<CommitteeChangeResult<R>> {
  constructor(
    readonly tenant: string,
    readonly committeeId: string | undefined,
    readonly request: R,
    /** If-Match: the committee's version (changes of the committee, appointments) or the member's revision. */
    readonly expected?: number,
  ) {
    super();
  }
}

const MEMBER_REQUESTS: ReadonlySet<string> = new Set<MemberRequest['type']>([
  'AppointMember',
  'ChangeRole',
  'AssignResponsibilities',
  'DismissMember',
  'NotifyLongAbsence',
  'ProposeReplacement',
  'AppointReplacement',
  'EndLongAbsence',
]);

const isMemberRequest = (request: CommitteeRequest | MemberRequest): request is MemberRequest => MEMBER_REQUESTS.has(request.type);

type Build = (context: CommandContext) => Promise<CommandInput<CommitteeCommand>>;

@CommandHandler(ChangeCommittee)
export class CommitteeCommands implements ICommandHandler<ChangeCommittee> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly facts: MembershipFacts,
  ) {}

  async execute({ tenant, committeeId, request, expected }: ChangeCommittee): Promise<CommitteeSummary | MemberSummary> {
    if (!isMemberRequest(request)) {
      const { id, state, version } = await this.runner.run(committeeAggregate, { tenantId: tenant, id: committeeId, expectedVersion: expected }, this.committeeChange(tenant, request));
      return committeeSummary(state, version, id);
    }
    if (committeeId === undefined) throw new NotFound('Committee');
    if (request.type === 'AppointMember') {
      let memberId = '';
      const { state } = await this.runner.run(committeeAggregate, { tenantId: tenant, id: committeeId, expectedVersion: expected }, async (context) => {
        memberId = context.newId();
        return this.appointment(tenant, request, memberId);
      });
      return memberSummary(state, memberId);
    }
    let replacedBy: string | undefined;
    const precondition: MemberPrecondition = { memberId: request.memberId, ...(expected === undefined ? {} : { expectedRevision: expected }) };
    const { state } = await this.runner.run(committeeAggregate, { tenantId: tenant, id: committeeId }, async (context) => {
      if (request.type !== 'AppointReplacement') return this.memberChange(tenant, committeeId, request, precondition);
      replacedBy = context.newId();
      return this.replacement(tenant, committeeId, request, precondition, replacedBy);
    });
    return { ...memberSummary(state, request.memberId), ...(replacedBy === undefined ? {} : { replacedBy }) };
  }

  private committeeChange(tenant: string, request: CommitteeRequest): Build {
    return async ({ id, newId }) => {
      switch (request.type) {
        case 'EstablishCommittee': {
          const { standingAgencyId, ...rest } = request;
          const date = request.establishedOn;
          const standingAgency = standingAgencyId === null ? null : await this.facts.agency(tenant, standingAgencyId, date);
          return { type: 'EstablishCommittee', data: { ...rest, committeeId: id, regulation: await this.facts.regulation(tenant, date), standingAgency } };
        }
        case 'ReestablishCommittee': {
          const { type, ...data } = request;
          const replaced = await Promise.all(
            request.replaced.map(async (r) => ({ memberId: r.memberId, newMemberId: newId(), person: await this.facts.person(tenant, r.personId) })),
          );
          return { type, data: { ...data, replaced } };
        }
        case 'RenameCommittee': {
          const { type, ...data } = request;
          return { type, data };
        }
        case 'DissolveCommittee': {
          const { type, ...data } = request;
          return { type, data };
        }
        case 'DesignateStandingAgency': {
          const { type, decision, effectiveOn } = request;
          return { type, data: { agency: await this.facts.agency(tenant, request.agencyId, effectiveOn), decision, effectiveOn } };
        }
        default: {
          const _exhaustive: never = request;
          return _exhaustive;
        }
      }
    };
  }

  private async appointment(tenant: string, request: Extract<MemberRequest, { type: 'AppointMember' }>, memberId: string): Promise<CommandInput<CommitteeCommand>> {
    const { type, personId, agencyId, effectiveOn, ...rest } = request;
    const [person, agency, regulation] = await Promise.all([
      this.facts.person(tenant, personId),
      this.facts.agency(tenant, agencyId, effectiveOn),
      this.facts.regulation(tenant, effectiveOn),
    ]);
    return { type, data: { ...rest, memberId, person, agency, effectiveOn, regulation } };
  }

  private async memberChange(
    tenant: string,
    committeeId: string,
    request: Exclude<MemberRequest, { type: 'AppointMember' | 'AppointReplacement' }>,
    precondition: MemberPrecondition,
  ): Promise<CommandInput<CommitteeCommand>> {
    switch (request.type) {
      case 'ChangeRole': {
        const { type, role, decision, effectiveOn } = request;
        const member = await this.facts.member(tenant, committeeId, request.memberId);
        const [agency, regulation] = await Promise.all([this.facts.agency(tenant, member.agencyId, effectiveOn), this.facts.regulation(tenant, effectiveOn)]);
        return { type, data: { ...precondition, role, decision, effectiveOn, agency, regulation } };
      }
      case 'AssignResponsibilities': {
        const { type, ...data } = request;
        return { type, data: { ...data, ...precondition } };
      }
      case 'DismissMember': {
        const { type, ...data } = request;
        return { type, data: { ...data, ...precondition } };
      }
      case 'NotifyLongAbsence': {
        const { type, ...data } = request;
        return { type, data: { ...data, ...precondition, regulation: await this.facts.regulation(tenant, request.notifiedOn) } };
      }
      case 'ProposeReplacement': {
        const { type, personId, ...data } = request;
        return { type, data: { ...data, ...precondition, person: await this.facts.person(tenant, personId) } };
      }
      case 'EndLongAbsence':
        return { type: request.type, data: { ...precondition, endedOn: request.endedOn } };
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }
  /** The proposed replacement, appointed to the absent member's seat as `newMemberId`. */
  private async replacement(
    tenant: string,
    committeeId: string,
    request: Extract<MemberRequest, { type: 'AppointReplacement' }>,
    precondition: MemberPrecondition,
    newMemberId: string,
  ): Promise<CommandInput<CommitteeCommand>> {
    const { type, decision, effectiveOn } = request;
    const member = await this.facts.member(tenant, committeeId, request.memberId);
    const proposed = member.absence?.proposal?.personId;
    // Without a proposal the decider refuses (MEMBERSHIP-no-long-absence); it still needs a person to look at.
    const person = proposed === undefined ? { personId: member.personId, status: 'registered' as const } : await this.facts.person(tenant, proposed);
    return { type, data: { ...precondition, newMemberId, person, decision, effectiveOn } };
  }
}

function committeeSummary(state: CommitteeState, version: number, committeeId: string): CommitteeSummary {
  if (state.status === 'absent') throw new NotFound('Committee', committeeId);
  const { status, names, establishedOn, standingAgencies, dissolvedOn } = state;
  return { committeeId: state.committeeId, status, names, establishedOn, standingAgencies, dissolvedOn, version };
}

function memberSummary(state: CommitteeState, memberId: string): MemberSummary {
  const member = state.status === 'absent' ? undefined : state.members[memberId];
  if (state.status === 'absent' || !member) throw new NotFound('Member', memberId);
  const { personId, agencyId, roles, appointedOn, until, endReason, responsibilities, absence, revision } = member;
  return { committeeId: state.committeeId, memberId, personId, agencyId, role: currentRole(member), roles, appointedOn, until, endReason, responsibilities, absence, revision };
}
