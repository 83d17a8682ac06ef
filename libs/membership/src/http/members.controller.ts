import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ChangeMember, type MemberRequest, type MemberSummary } from '../application/committees.js';
import { MembershipReads } from '../application/queries.js';
import type { MemberView } from '../read-model/queries.js';
import {
  AppointMemberBody,
  AppointReplacementBody,
  ChangeRoleBody,
  DismissMemberBody,
  EndLongAbsenceBody,
  idParam,
  LongAbsenceBody,
  parse,
  ReplacementProposalBody,
  ResponsibilitiesBody,
} from './schemas.js';
import { Change, Idempotent, ifMatch, Read, withEtag } from './support.js';

/** Members of a committee. A member's ETag is its own revision: changing one member does not make another's stale. */
@ApiTags('membership')
@Idempotent()
@Controller('api/tenants/:tenant/membership/committees/:committeeId/members')
export class MembersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reads: MembershipReads,
  ) {}

  @Post()
  @Change(
    'Appoint a person to a role representing an agency, by decision: {personId, role, agencyId, decision, effectiveOn?}. The composition rules of the regulation in force on that date apply (422 rule-violation with rule and article).',
    AppointMemberBody,
    { ifMatch: 'the committee' },
  )
  async appoint(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MemberSummary> {
    const member = await this.commands.execute<ChangeMember, MemberSummary>(
      new ChangeMember(tenant, idParam(committeeId, 'Committee'), { type: 'AppointMember', ...parse(AppointMemberBody, body) }, ifMatch(match)),
    );
    reply.header('location', `/api/tenants/${tenant}/membership/committees/${member.committeeId}/members/${member.memberId}`);
    return withEtag(reply, member.revision, member);
  }

  @Get(':memberId')
  @Read('A member: person, agency, roles over time, responsibilities over time, long absences, and the history of every change (ETag: the member\'s revision).')
  async get(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Param('memberId') memberId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<MemberView> {
    const member = await this.reads.member(tenant, idParam(committeeId, 'Committee'), idParam(memberId, 'Member'));
    return withEtag(reply, member.revision, member);
  }

  @Post(':memberId/role')
  @HttpCode(200)
  @Change('Change a member\'s role by decision: {role, decision, effectiveOn?}.', ChangeRoleBody, { ifMatch: 'the member' })
  changeRole(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, (memberId) => ({ type: 'ChangeRole', memberId, ...parse(ChangeRoleBody, body) }), match, reply);
  }

  @Put(':memberId/responsibilities')
  @Change('Assign a member\'s responsibilities (the whole list): {responsibilities: [{area, text}], effectiveOn, decision?}.', ResponsibilitiesBody, { ifMatch: 'the member', post: false })
  responsibilities(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, (memberId) => ({ type: 'AssignResponsibilities', memberId, ...parse(ResponsibilitiesBody, body) }), match, reply);
  }

  @Post(':memberId/dismissal')
  @HttpCode(200)
  @Change('Dismiss a member by decision: {decision, effectiveOn?}.', DismissMemberBody, { ifMatch: 'the member' })
  dismiss(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, (memberId) => ({ type: 'DismissMember', memberId, ...parse(DismissMemberBody, body) }), match, reply);
  }

  @Post(':memberId/long-absence')
  @HttpCode(200)
  @Change(
    'Record the agency\'s written notice of a long absence (Thanh Hóa 2014 Điều 2.4): {reason, from, expectedUntil?, noticeReference, notifiedOn}. The seat is pending replacement from notifiedOn.',
    LongAbsenceBody,
    { ifMatch: 'the member' },
  )
  notifyAbsence(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, (memberId) => ({ type: 'NotifyLongAbsence', memberId, ...parse(LongAbsenceBody, body) }), match, reply);
  }

  @Post(':memberId/long-absence/replacement-proposal')
  @HttpCode(200)
  @Change('Record the agency\'s proposed replacement: {personId, proposedOn, proposalReference}.', ReplacementProposalBody, { ifMatch: 'the member' })
  propose(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, (memberId) => ({ type: 'ProposeReplacement', memberId, ...parse(ReplacementProposalBody, body) }), match, reply);
  }

  @Post(':memberId/long-absence/replacement')
  @HttpCode(200)
  @Change(
    'Appoint the proposed replacement to the seat by decision: {decision, effectiveOn?}. The absent member leaves; `replacedBy` names the new member.',
    AppointReplacementBody,
    { ifMatch: 'the member' },
  )
  replace(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, (memberId) => ({ type: 'AppointReplacement', memberId, ...parse(AppointReplacementBody, body) }), match, reply);
  }

  @Post(':memberId/long-absence/end')
  @HttpCode(200)
  @Change('The member is back before a replacement was appointed: {endedOn}. The seat is no longer pending.', EndLongAbsenceBody, { ifMatch: 'the member' })
  endAbsence(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, (memberId) => ({ type: 'EndLongAbsence', memberId, ...parse(EndLongAbsenceBody, body) }), match, reply);
  }

  private async change(
    params: Record<string, string>,
    request: (memberId: string) => MemberRequest,
    match: string | undefined,
    reply: FastifyReply,
  ): Promise<MemberSummary> {
    const committeeId = idParam(params.committeeId, 'Committee');
    const memberId = idParam(params.memberId, 'Member');
    const member = await this.commands.execute<ChangeMember, MemberSummary>(new ChangeMember(params.tenant, committeeId, request(memberId), ifMatch(match)));
    return withEtag(reply, member.revision, member);
  }
}
