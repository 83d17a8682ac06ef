import { Body, Controller, Inject, Param, Query as QueryParams, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CLOCK, type Clock } from '@bcd/kernel';
import { asOf, Change, idParam, IfMatch, parse, Read, ReadFile, sendFile, withEtag } from '@bcd/service-host';
import { ChangeMeeting, type MeetingRequest } from '../application/meeting.commands.js';
import {
  DocumentFileQuery,
  DocumentsDeadlineQuery,
  DocumentsDeadlineViewSchema,
  RequiredMeetingsQuery,
  RequiredMeetingsViewSchema,
  type DocumentsDeadlineView,
  type RequiredMeetingsView,
} from '../application/meeting.queries.js';
import { ActionItemsQuery, ActionItemsViewSchema, type ActionItemsView } from '../read-model/action-items.query.js';
import { MeetingViewSchema, type MeetingView } from '../read-model/meeting.view.js';
import { ListMeetingsQuery, MeetingListSchema, MeetingQuery } from '../read-model/meetings.query.js';
import {
  ActionItemsQuerySchema,
  CancelMeetingBody,
  DistributeDocumentBody,
  ListMeetingsQuerySchema,
  RequiredMeetingsQuerySchema,
  RescheduleMeetingBody,
  ScheduleMeetingBody,
} from './meetings.schemas.js';

export type Params = Record<string, string>;

/**
 * A committee's meetings: scheduling, documents and reading. Every change answers the meeting as it now
 * reads, with its version as ETag (If-Match on every change of an existing meeting).
 */
@ApiTags('meetings')
@Controller('api/tenants/:tenant/meetings')
export class MeetingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Change('POST', '', {
    operationId: 'scheduleMeeting',
    summary:
      'Schedule a meeting: {kind, period?, scheduledOn, startsAt, place or onlineLink, agenda: [{title, presenterAgencyId?, plannedMinutes?}], guests?, presidedBy, convenedBy, proposedBy?, committeeId?}. The invitees are the roster in force on scheduledOn; kind, period, convener and proposer are judged by the regulation in force then (422 rule-violation with rule and article).',
    body: ScheduleMeetingBody,
    response: MeetingViewSchema,
  })
  async schedule(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    const meeting = await this.commands.execute(new ChangeMeeting(tenant, undefined, { type: 'ScheduleMeeting', ...parse(ScheduleMeetingBody, body) }));
    reply.header('location', `/api/tenants/${tenant}/meetings/${meeting.meetingId}`);
    return withEtag(reply, meeting.version, meeting);
  }

  @Read('', { operationId: 'listMeetings', summary: 'The meetings of the province, by start, optionally from/to a date and of one status.', query: ListMeetingsQuerySchema, response: MeetingListSchema })
  list(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<MeetingView[]> {
    return this.queries.execute(new ListMeetingsQuery({ tenant, ...parse(ListMeetingsQuerySchema, query) }));
  }

  @Read('required', {
    operationId: 'requiredMeetings',
    summary:
      'The meetings the regulation in force required between from and to (the rulebook\'s schedule: plenary, standing board, working group), each with its window and whether one was held in it as of asOf: held-in-window, held-outside-window, pending or missed.',
    query: RequiredMeetingsQuerySchema,
    response: RequiredMeetingsViewSchema,
  })
  required(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<RequiredMeetingsView> {
    const { from, to } = parse(RequiredMeetingsQuerySchema, query);
    return this.queries.execute(new RequiredMeetingsQuery({ tenant, from, to, asOf: asOf(query, this.clock) }));
  }

  @Read('action-items', {
    operationId: 'meetingActionItems',
    summary:
      'Action items of every meeting as they stood on asOf (default today), in the four buckets of Báo cáo 1270/BC-TCTTTg — done on time, done late, not done and in time, not done and overdue — with the completion rate done ÷ (done + overdue) and its complement.',
    query: ActionItemsQuerySchema,
    response: ActionItemsViewSchema,
  })
  actionItems(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<ActionItemsView> {
    const { ownerAgencyId } = parse(ActionItemsQuerySchema, query);
    return this.queries.execute(new ActionItemsQuery({ tenant, asOf: asOf(query, this.clock), ...(ownerAgencyId ? { ownerAgencyId } : {}) }));
  }

  @Read(':meetingId', { operationId: 'getMeeting', summary: 'A meeting as its events made it (ETag: its version).', response: MeetingViewSchema })
  async get(@Param('tenant') tenant: string, @Param('meetingId') meetingId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    const meeting = await this.queries.execute(new MeetingQuery({ tenant, meetingId: idParam(meetingId, 'Meeting') }));
    return withEtag(reply, meeting.version, meeting);
  }

  @Change('POST', ':meetingId/reschedule', {
    operationId: 'rescheduleMeeting',
    summary: 'Move a meeting: {scheduledOn, startsAt, place or onlineLink, reason}. The reason is kept; the regulation in force on the new date applies.',
    status: 200,
    body: RescheduleMeetingBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  reschedule(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return this.change(reply, params, { type: 'RescheduleMeeting', ...parse(RescheduleMeetingBody, body) }, expected);
  }

  @Change('POST', ':meetingId/cancellation', {
    operationId: 'cancelMeeting',
    summary: 'Cancel a meeting: {reason}. It changes no more; calendar feeds show it as cancelled.',
    status: 200,
    body: CancelMeetingBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  cancel(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return this.change(reply, params, { type: 'CancelMeeting', ...parse(CancelMeetingBody, body) }, expected);
  }

  @Read(':meetingId/documents-deadline', {
    operationId: 'meetingDocumentsDeadline',
    summary:
      'By when the meeting\'s documents must go out: the lead time of the regulation in force on its date (working days counted on the province\'s calendar with its overrides, or clock hours), with the rule id and article.',
    response: DocumentsDeadlineViewSchema,
  })
  deadline(@Param('tenant') tenant: string, @Param('meetingId') meetingId: string): Promise<DocumentsDeadlineView> {
    return this.queries.execute(new DocumentsDeadlineQuery({ tenant, meetingId: idParam(meetingId, 'Meeting') }));
  }

  @Change('POST', ':meetingId/documents', {
    operationId: 'distributeMeetingDocument',
    summary:
      'Record a distribution of a document: {title, agendaItemId?, contentHash, channel, sentAt}. The file must have been uploaded under its hash (PUT …/meetings/files/{contentHash}). A late one is recorded and flagged with the lead-time rule and article.',
    body: DistributeDocumentBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  distribute(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return this.change(reply, params, { type: 'DistributeDocument', ...parse(DistributeDocumentBody, body) }, expected);
  }

  @ReadFile(':meetingId/documents/:documentId/file', {
    operationId: 'downloadMeetingDocument',
    summary: 'The file of a distributed document, to those who may read the province\'s meetings.',
    mediaTypes: ['application/octet-stream'],
  })
  async file(@Param('tenant') tenant: string, @Param('meetingId') meetingId: string, @Param('documentId') documentId: string, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.queries.execute(new DocumentFileQuery({ tenant, meetingId: idParam(meetingId, 'Meeting'), documentId: idParam(documentId, 'Document') }));
    await sendFile(reply, file);
  }

  private change(reply: FastifyReply, params: Params, request: Exclude<MeetingRequest, { type: 'ScheduleMeeting' }>, expected: number | undefined): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, request, expected);
  }
}

/** A change of the meeting the path names (`:tenant`, `:meetingId`); answers it with its version as ETag. Every meeting controller's changes run through here. */
export async function changeMeeting(
  commands: CommandBus,
  reply: FastifyReply,
  params: Params,
  request: Exclude<MeetingRequest, { type: 'ScheduleMeeting' }>,
  expected: number | undefined,
): Promise<MeetingView> {
  const meeting = await commands.execute(new ChangeMeeting(params.tenant, idParam(params.meetingId, 'Meeting'), request, expected));
  return withEtag(reply, meeting.version, meeting);
}
