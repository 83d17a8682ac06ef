import { Body, Controller, Param, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeConsolidated, type ConsolidatedRequest } from '../application/consolidated.commands.js';
import { ConsolidatedViewSchema, type ConsolidatedView } from '../read-model/consolidated.view.js';
import { ConsolidatedListSchema, ConsolidatedQuery, ListConsolidatedQuery } from '../read-model/consolidated.query.js';
import { CirculateConsolidatedBody, ConsolidatedCommentBody, DraftConsolidatedBody, ReviseConsolidatedBody, SubmitConsolidatedBody } from './reporting.schemas.js';

type Params = Record<string, string>;

/**
 * The committee's consolidated report (Thanh Hóa 2014 Điều 11.3, 2018 Điều 10.3): drafted by the standing
 * agency from the submissions, circulated to the members for comment before it goes to the chair where the
 * regulation asks for that round. ETag: the report's version.
 */
@ApiTags('reporting')
@Controller('api/tenants/:tenant/reporting/consolidated')
export class ConsolidatedController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Change('POST', '', {
    operationId: 'draftConsolidatedReport',
    summary: 'Draft the consolidated report: {cadence, period, title, draftedOn, draftedByAgencyId, sourceObligationIds, contentHash}, judged by the regulation in force on draftedOn.',
    body: DraftConsolidatedBody,
    response: ConsolidatedViewSchema,
  })
  async draft(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsolidatedView> {
    const { draftedByAgencyId, ...rest } = parse(DraftConsolidatedBody, body);
    const report = await this.commands.execute(new ChangeConsolidated(tenant, undefined, { type: 'DraftConsolidatedReport', ...rest, draftedBy: { agencyId: draftedByAgencyId } }));
    reply.header('location', `/api/tenants/${tenant}/reporting/consolidated/${report.reportId}`);
    return withEtag(reply, report.version, report);
  }

  @Read('', { operationId: 'listConsolidatedReports', summary: 'The province\'s consolidated reports, by drafting day.', response: ConsolidatedListSchema })
  list(@Param('tenant') tenant: string): Promise<ConsolidatedView[]> {
    return this.queries.execute(new ListConsolidatedQuery({ tenant }));
  }

  @Read(':reportId', { operationId: 'getConsolidatedReport', summary: 'A consolidated report: its draft and revisions, the comment round and its comments, its submission (ETag: its version).', response: ConsolidatedViewSchema })
  async get(@Param('tenant') tenant: string, @Param('reportId') reportId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsolidatedView> {
    const report = await this.queries.execute(new ConsolidatedQuery({ tenant, reportId: idParam(reportId, 'Consolidated report') }));
    return withEtag(reply, report.version, report);
  }

  @Change('POST', ':reportId/circulation', {
    operationId: 'circulateConsolidatedReport',
    summary: 'Circulate it for comment to the members of the roster of circulatedOn: {circulatedOn, commentDeadline}.',
    status: 200,
    body: CirculateConsolidatedBody,
    response: ConsolidatedViewSchema,
    ifMatch: 'the report',
  })
  circulate(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsolidatedView> {
    return this.change(reply, params, { type: 'CirculateConsolidatedReport', ...parse(CirculateConsolidatedBody, body) }, expected);
  }

  @Change('POST', ':reportId/comments', {
    operationId: 'recordConsolidatedReportComment',
    summary: 'Record a member\'s comment: {memberId, receivedOn, summary}; one after the deadline is recorded, marked late.',
    body: ConsolidatedCommentBody,
    response: ConsolidatedViewSchema,
    ifMatch: 'the report',
  })
  comment(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsolidatedView> {
    return this.change(reply, params, { type: 'ReceiveConsolidatedReportComment', ...parse(ConsolidatedCommentBody, body) }, expected);
  }

  @Change('POST', ':reportId/revision', {
    operationId: 'reviseConsolidatedReport',
    summary: 'Record a revised draft: {revisedOn, contentHash, note}.',
    status: 200,
    body: ReviseConsolidatedBody,
    response: ConsolidatedViewSchema,
    ifMatch: 'the report',
  })
  revise(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsolidatedView> {
    return this.change(reply, params, { type: 'ReviseConsolidatedReport', ...parse(ReviseConsolidatedBody, body) }, expected);
  }

  @Change('POST', ':reportId/submission', {
    operationId: 'submitConsolidatedReport',
    summary:
      'Submit it to the chair: {submittedOn, toMemberId}. Where the regulation asks for the members\' comments first (Thanh Hóa), not before the round closed (the deadline passed, or every member commented): 422 with rule and article.',
    status: 200,
    body: SubmitConsolidatedBody,
    response: ConsolidatedViewSchema,
    ifMatch: 'the report',
  })
  submit(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsolidatedView> {
    return this.change(reply, params, { type: 'SubmitConsolidatedReport', ...parse(SubmitConsolidatedBody, body) }, expected);
  }

  private async change(reply: FastifyReply, params: Params, request: Exclude<ConsolidatedRequest, { type: 'DraftConsolidatedReport' }>, expected: number | undefined): Promise<ConsolidatedView> {
    const report = await this.commands.execute(new ChangeConsolidated(params.tenant, idParam(params.reportId, 'Consolidated report'), request, expected));
    return withEtag(reply, report.version, report);
  }
}
