import { vietnamDateOf } from '@bcd/calendar';
import { Body, Controller, Inject, Param, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CLOCK, type Clock } from '@bcd/kernel';
import { Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeCommittee, MemberSummarySchema, type MemberRequest, type MemberSummary } from '../application/committee.commands.js';
import { MemberQuery, MemberViewSchema, type MemberView } from '../read-model/members.query.js';
import {
  AppointMemberBody,
  AppointReplacementBody,
  ChangeRoleBody,
  DismissMemberBody,
  EndLongAbsenceBody,
  LongAbsenceBody,
  ReplacementProposalBody,
  ResponsibilitiesBody,
} from './committee.schemas.js';

type Params = Record<string, string>;

/** Members of a committee. A member's ETag is its own revision: changing one member does not make another's stale. */
@ApiTags('membership')
@Controller('api/tenants/:tenant/membership/committees/:committeeId/members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Change('POST', '', {
    operationId: 'appointMember',
    summary:
      'Appoint a person to a role representing an agency, by decision: {personId, role, agencyId, decision, effectiveOn?}. The composition rules of the regulation in force on that date apply (422 rule-violation with rule and article).',
    body: AppointMemberBody,
    response: MemberSummarySchema,
    ifMatch: 'the committee',
  })
  async appoint(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MemberSummary> {
    const request = { type: 'AppointMember' as const, ...parse(AppointMemberBody, body) };
    const member = await this.commands.execute(new ChangeCommittee(tenant, idParam(committeeId, 'Committee'), request, expected));
    reply.header('location', `/api/tenants/${tenant}/membership/committees/${member.committeeId}/members/${member.memberId}`);
    return withEtag(reply, member.revision, member);
  }

  @Read(':memberId', {
    operationId: 'getCommitteeMember',
    summary: 'A member: person, agency, roles over time, responsibilities over time, long absences, and the history of every change (ETag: the member\'s revision).',
    response: MemberViewSchema,
  })
  async get(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Param('memberId') memberId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<MemberView> {
    const member = await this.queries.execute(new MemberQuery({ tenant, committeeId: idParam(committeeId, 'Committee'), memberId: idParam(memberId, 'Member'), today: vietnamDateOf(this.clock.now()) }));
    return withEtag(reply, member.revision, member);
  }

  @Change('POST', ':memberId/role', {
    operationId: 'changeMemberRole',
    summary: 'Change a member\'s role by decision: {role, decision, effectiveOn?}.',
    status: 200,
    body: ChangeRoleBody,
    response: MemberSummarySchema,
    ifMatch: 'the member',
  })
  changeRole(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, (memberId) => ({ type: 'ChangeRole', memberId, ...parse(ChangeRoleBody, body) }), expected);
  }

  @Change('PUT', ':memberId/responsibilities', {
    operationId: 'assignResponsibilities',
    summary: 'Assign a member\'s responsibilities (the whole list): {responsibilities: [{area, text}], effectiveOn, decision?}.',
    body: ResponsibilitiesBody,
    response: MemberSummarySchema,
    ifMatch: 'the member',
  })
  responsibilities(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, (memberId) => ({ type: 'AssignResponsibilities', memberId, ...parse(ResponsibilitiesBody, body) }), expected);
  }

  @Change('POST', ':memberId/dismissal', {
    operationId: 'dismissMember',
    summary: 'Dismiss a member by decision: {decision, effectiveOn?}.',
    status: 200,
    body: DismissMemberBody,
    response: MemberSummarySchema,
    ifMatch: 'the member',
  })
  dismiss(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, (memberId) => ({ type: 'DismissMember', memberId, ...parse(DismissMemberBody, body) }), expected);
  }

  @Change('POST', ':memberId/long-absence', {
    operationId: 'notifyLongAbsence',
    summary:
      'Record the agency\'s written notice of a long absence (Thanh Hóa 2014 Điều 2.4): {reason, from, expectedUntil?, noticeReference, notifiedOn}. The seat is pending replacement from notifiedOn.',
    status: 200,
    body: LongAbsenceBody,
    response: MemberSummarySchema,
    ifMatch: 'the member',
  })
  notifyAbsence(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, (memberId) => ({ type: 'NotifyLongAbsence', memberId, ...parse(LongAbsenceBody, body) }), expected);
  }

  @Change('POST', ':memberId/long-absence/replacement-proposal', {
    operationId: 'proposeReplacement',
    summary: 'Record the agency\'s proposed replacement: {personId, proposedOn, proposalReference}.',
    status: 200,
    body: ReplacementProposalBody,
    response: MemberSummarySchema,
    ifMatch: 'the member',
  })
  propose(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, (memberId) => ({ type: 'ProposeReplacement', memberId, ...parse(ReplacementProposalBody, body) }), expected);
  }

  @Change('POST', ':memberId/long-absence/replacement', {
    operationId: 'appointReplacement',
    summary: 'Appoint the proposed replacement to the seat by decision: {decision, effectiveOn?}. The absent member leaves; `replacedBy` names the new member.',
    status: 200,
    body: AppointReplacementBody,
    response: MemberSummarySchema,
    ifMatch: 'the member',
  })
  replace(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, (memberId) => ({ type: 'AppointReplacement', memberId, ...parse(AppointReplacementBody, body) }), expected);
  }

  @Change('POST', ':memberId/long-absence/end', {
    operationId: 'endLongAbsence',
    summary: 'The member is back before a replacement was appointed: {endedOn}. The seat is no longer pending.',
    status: 200,
    body: EndLongAbsenceBody,
    response: MemberSummarySchema,
    ifMatch: 'the member',
  })
  endAbsence(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, (memberId) => ({ type: 'EndLongAbsence', memberId, ...parse(EndLongAbsenceBody, body) }), expected);
  }

  private async change(
    reply: FastifyReply,
    params: Params,
    request: (memberId: string) => Exclude<MemberRequest, { type: 'AppointMember' }>,
    expected: number | undefined,
  ): Promise<MemberSummary> {
    const committeeId = idParam(params.committeeId, 'Committee');
    const memberId = idParam(params.memberId, 'Member');
    const member = await this.commands.execute(new ChangeCommittee(params.tenant, committeeId, request(memberId), expected));
    return withEtag(reply, member.revision, member);
  }
}
