import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RoleGroups } from '@bcd/auth';
import { Change, IfMatch, idParam, parse, ReadFile, sendFile } from '@bcd/service-host';
import { MEDIA_TYPES, MeetingDocumentFileQuery, type RenderedFormat } from '../application/meeting.queries.js';
import type { MeetingDocumentKind } from '../minutes/meeting-document.js';
import { MeetingViewSchema, type MeetingView } from '../read-model/meeting.view.js';
import { changeMeeting, type Params } from './meetings.controller.js';
import { AssignActionItemBody, CompleteActionItemBody, ConclusionBody, ExtendActionItemBody, IssueMeetingDocumentBody, ProgressBody } from './meetings.schemas.js';


/** What a held meeting produced: the notice of conclusions and the minutes (signed, sealed, downloadable), conclusions and action items. */
@ApiTags('meetings')
@Controller('api/tenants/:tenant/meetings/:meetingId')
export class MeetingFollowUpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Change('POST', 'notice', {
    operationId: 'issueMeetingNotice',
    summary:
      'Issue the notice of conclusions (Thông báo kết luận): {number, signedBy, signedAt, assignment?}. The signer and the seal come from the regulation in force on the meeting\'s date (RULES.md §5): an unauthorised signer is refused with rule and article.',
    status: 200,
    body: IssueMeetingDocumentBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  notice(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'IssueMeetingDocument', document: 'notice', ...parse(IssueMeetingDocumentBody, body) }, expected);
  }

  @Change('POST', 'minutes', {
    operationId: 'issueMeetingMinutes',
    summary: 'Issue the minutes (Biên bản): {number, signedBy, signedAt, assignment?}; signer and seal as for the notice.',
    status: 200,
    body: IssueMeetingDocumentBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  minutes(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'IssueMeetingDocument', document: 'minutes', ...parse(IssueMeetingDocumentBody, body) }, expected);
  }

  @ReadFile('minutes.pdf', { operationId: 'downloadMinutesPdf', summary: 'The issued minutes as PDF, in the format of Nghị định 30/2020/NĐ-CP.', mediaTypes: [MEDIA_TYPES.pdf] })
  minutesPdf(@Param() params: Params, @Res() reply: FastifyReply): Promise<void> {
    return this.download(reply, params, 'minutes', 'pdf');
  }

  @ReadFile('minutes.docx', { operationId: 'downloadMinutesDocx', summary: 'The issued minutes as DOCX, in the format of Nghị định 30/2020/NĐ-CP.', mediaTypes: [MEDIA_TYPES.docx] })
  minutesDocx(@Param() params: Params, @Res() reply: FastifyReply): Promise<void> {
    return this.download(reply, params, 'minutes', 'docx');
  }

  @ReadFile('notice.pdf', { operationId: 'downloadNoticePdf', summary: 'The issued notice of conclusions as PDF (Nghị định 30/2020/NĐ-CP).', mediaTypes: [MEDIA_TYPES.pdf] })
  noticePdf(@Param() params: Params, @Res() reply: FastifyReply): Promise<void> {
    return this.download(reply, params, 'notice', 'pdf');
  }

  @ReadFile('notice.docx', { operationId: 'downloadNoticeDocx', summary: 'The issued notice of conclusions as DOCX (Nghị định 30/2020/NĐ-CP).', mediaTypes: [MEDIA_TYPES.docx] })
  noticeDocx(@Param() params: Params, @Res() reply: FastifyReply): Promise<void> {
    return this.download(reply, params, 'notice', 'docx');
  }

  @Change('POST', 'conclusions', {
    operationId: 'recordConclusion',
    summary: 'Record a conclusion of the held meeting: {text}.',
    body: ConclusionBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  conclusion(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'RecordConclusion', ...parse(ConclusionBody, body) }, expected);
  }

  @Change('POST', 'action-items', {
    operationId: 'assignActionItem',
    summary: 'Assign an action item: {conclusionId?, ownerAgencyId, description, assignedOn, dueOn}.',
    body: AssignActionItemBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  assign(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'AssignActionItem', ...parse(AssignActionItemBody, body) }, expected);
  }

  @Change('POST', 'action-items/:itemId/progress', {
    operationId: 'noteActionItemProgress',
    summary: 'Note progress on an action item: {note, notedOn}.',
    body: ProgressBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  progress(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'NoteProgress', itemId: idParam(params.itemId, 'Action item'), ...parse(ProgressBody, body) }, expected);
  }

  @Change('POST', 'action-items/:itemId/completion', {
    operationId: 'completeActionItem',
    summary: 'Record that an action item was done: {doneOn}.',
    status: 200,
    body: CompleteActionItemBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  complete(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'CompleteActionItem', itemId: idParam(params.itemId, 'Action item'), ...parse(CompleteActionItemBody, body) }, expected);
  }

  @Change('POST', 'action-items/:itemId/extension', {
    operationId: 'extendActionItem',
    summary:
      'Extend an action item\'s due date: {dueOn, reason, approvedOn}. Only the chair on the roster of approvedOn approves it, as the authenticated user whose account is linked to them (422 MEETINGS-extension-by-chair otherwise).',
    status: 200,
    roles: RoleGroups.tenantParticipants,
    body: ExtendActionItemBody,
    response: MeetingViewSchema,
    ifMatch: 'the meeting',
  })
  extend(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MeetingView> {
    return changeMeeting(this.commands, reply, params, { type: 'ExtendActionItem', itemId: idParam(params.itemId, 'Action item'), ...parse(ExtendActionItemBody, body) }, expected);
  }

  private async download(reply: FastifyReply, params: Params, document: MeetingDocumentKind, format: RenderedFormat): Promise<void> {
    const file = await this.queries.execute(new MeetingDocumentFileQuery({ tenant: params.tenant, meetingId: idParam(params.meetingId, 'Meeting'), document, format }));
    await sendFile(reply, file);
  }
}
