import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RoleGroups } from '@bcd/auth';
import { Change, IfMatch, idParam, parse } from '@bcd/service-host';
import { MeetingViewSchema, type MeetingView } from '../read-model/meeting.view.js';
import { changeMeeting, type Params } from './meetings.controller.js';
import { DecideAbsenceBody, HoldMeetingBody, NameDelegateBody, RequestAbsenceBody } from './meetings.schemas.js';


/** Who takes part: absences and their decisions, delegates, and the attendance recorded when the meeting is held. */
@ApiTags('meetings')
@Controller('api/tenants/:tenant/meetings/:meetingId')
export class MeetingAttendanceController {
  constructor(private readonly commands: CommandBus) {}

  @Change('POST', 'absences', {
    operationId: 'requestAbsence',
    summary: 'Ask to be absent: {memberId, reason}. A member asks for themselves (their account linked to the person); the secretariat records it for any invitee.',
    roles: RoleGroups.tenantParticipants,
    body: RequestAbsenceBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  request(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'RequestAbsence', ...parse(RequestAbsenceBody, body) }, expected);
  }

  @Change('POST', 'absences/:memberId/decision', {
    operationId: 'decideAbsence',
    summary:
      'Consent to or refuse an absence: {decision: approved | refused}. Only the one the regulation in force names decides — the chair or the person presiding (RULES.md §2) — as the authenticated user whose account is linked to them; anyone else: 422 with rule and article (403 when the account is linked to no invitee).',
    status: 200,
    roles: RoleGroups.tenantParticipants,
    body: DecideAbsenceBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  decide(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    const memberId = idParam(params.memberId, 'Member');
    return changeMeeting(this.commands, reply, params, { type: 'DecideAbsence', memberId, ...parse(DecideAbsenceBody, body) }, expected);
  }

  @Change('POST', 'delegates', {
    operationId: 'nameDelegate',
    summary:
      'Name who attends in a member\'s place: {memberId, delegate: {personId, agencyId}, writtenOpinion?: {reference}}, where the regulation allows it; a written opinion it demands and that is missing is recorded and flagged with rule and article.',
    roles: RoleGroups.tenantParticipants,
    body: NameDelegateBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  delegate(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'NameDelegate', ...parse(NameDelegateBody, body) }, expected);
  }

  @Change('POST', 'holding', {
    operationId: 'holdMeeting',
    summary:
      'Record that the meeting was held: {heldAt, endedAt?, presidedBy, attendance: [{memberId, attended: in-person | through-delegate | absent, arrivedLate?, leftEarly?}]} naming every invitee once.',
    status: 200,
    body: HoldMeetingBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  hold(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'HoldMeeting', ...parse(HoldMeetingBody, body) }, expected);
  }
}
