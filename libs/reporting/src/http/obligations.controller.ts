import { Body, Controller, Inject, Param, Query as QueryParams, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { RoleGroups } from '@bcd/auth';
import { CLOCK, NotFound, type Clock } from '@bcd/kernel';
import { asOf, Change, idParam, IfMatch, parse, Read, ReadFile, sendFile, withEtag } from '@bcd/service-host';
import { ExportObligationsQuery, type ExportFormat } from '../application/export.query.js';
import { ReportFiles } from '../application/files.js';
import { ChangeObligation, type ObligationRequest } from '../application/obligation.commands.js';
import { ObligationOpener } from '../application/opener.js';
import { ObligationViewSchema, type ObligationView } from '../read-model/obligation.view.js';
import { ListObligationsQuery, ObligationBucketsQuery, ObligationBucketsSchema, ObligationListSchema, ObligationQuery, type ObligationBuckets, type ObligationList } from '../read-model/obligations.query.js';
import { ContentHashParam, ExportQuerySchema, ListObligationsQuerySchema, RequestAdHocBody, ReturnReportBody, SubmitReportBody } from './reporting.schemas.js';

type Params = Record<string, string>;

const OpeningOutcomeSchema = z.strictObject({ tenant: z.string(), planned: z.int(), opened: z.int(), followed: z.int(), withdrawn: z.int() });

/**
 * Report obligations: opened from the regulation in force by the opening process, submitted (members for
 * their own agency, the secretariat for any), returned or accepted by the secretariat. ETag: the
 * obligation's version.
 */
@ApiTags('reporting')
@Controller('api/tenants/:tenant/reporting/obligations')
export class ObligationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly opener: ObligationOpener,
    private readonly files: ReportFiles,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Read('', {
    operationId: 'listObligations',
    summary: 'The report obligations due from/to a date (of one agency or status), each with its literal and effective due date, its rule, its submissions and its bucket of Báo cáo 1270 as of asOf.',
    query: ListObligationsQuerySchema,
    response: ObligationListSchema,
  })
  list(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<ObligationList> {
    const { asOf: _a, ...filter } = parse(ListObligationsQuerySchema, query);
    return this.queries.execute(new ListObligationsQuery({ tenant, asOf: asOf(query, this.clock), ...filter }));
  }

  @Read('buckets', {
    operationId: 'obligationBuckets',
    summary: 'The four buckets of Báo cáo 1270/BC-TCTTTg for the obligations (due from/to a date, of one agency) as of asOf, and the completion rate done ÷ (done + overdue) with its complement — the same function as for action items.',
    query: ListObligationsQuerySchema,
    response: ObligationBucketsSchema,
  })
  buckets(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<ObligationBuckets> {
    const { asOf: _a, ...filter } = parse(ListObligationsQuerySchema, query);
    return this.queries.execute(new ObligationBucketsQuery({ tenant, asOf: asOf(query, this.clock), ...filter }));
  }

  @ReadFile('export.csv', {
    operationId: 'exportObligationsCsv',
    summary: 'The obligations due from/to a date and their status as CSV that Excel opens with Vietnamese intact (UTF-8 with BOM, Vietnamese headers).',
    query: ExportQuerySchema,
    mediaTypes: ['text/csv'],
  })
  csv(@Param('tenant') tenant: string, @QueryParams() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    return this.export(tenant, query, 'csv', reply);
  }

  @ReadFile('export.xlsx', {
    operationId: 'exportObligationsXlsx',
    summary: 'The same as an Excel workbook (XLSX): a title, the range, then the table with real dates and numbers.',
    query: ExportQuerySchema,
    mediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  })
  xlsx(@Param('tenant') tenant: string, @QueryParams() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    return this.export(tenant, query, 'xlsx', reply);
  }

  @Change('POST', 'opening', {
    operationId: 'openObligations',
    summary:
      'Run the opening process now for this province (it also runs by itself every 15 minutes): every obligation its regulations ask for up to 60 days ahead is opened once, one a new regulation changed before it fell due follows it. Safe to repeat.',
    status: 200,
    response: OpeningOutcomeSchema,
  })
  open(@Param('tenant') tenant: string) {
    return this.opener.runFor(tenant);
  }

  @Change('POST', 'ad-hoc', {
    operationId: 'requestAdHocReport',
    summary: 'Ask an agency for an ad hoc report: {agencyId, subject, requestedOn, dueDate}. Only whom the regulation in force names asks (the chair; Bình Định 2021: or a vice chair), as the authenticated user.',
    roles: RoleGroups.tenantParticipants,
    body: RequestAdHocBody,
    response: ObligationViewSchema,
  })
  async adHoc(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<ObligationView> {
    const obligation = await this.commands.execute(new ChangeObligation(tenant, undefined, { type: 'RequestAdHocReport', ...parse(RequestAdHocBody, body) }));
    reply.header('location', `/api/tenants/${tenant}/reporting/obligations/${obligation.obligationId}`);
    return withEtag(reply, obligation.version, obligation);
  }

  @Read(':obligationId', { operationId: 'getObligation', summary: 'An obligation as its events made it (ETag: its version).', response: ObligationViewSchema })
  async get(@Param('tenant') tenant: string, @Param('obligationId') obligationId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ObligationView> {
    const obligation = await this.queries.execute(new ObligationQuery({ tenant, obligationId: idParam(obligationId, 'Obligation') }));
    return withEtag(reply, obligation.version, obligation);
  }

  @Change('POST', ':obligationId/submissions', {
    operationId: 'submitReport',
    summary:
      'Submit the report: {submittedAt, channel, summary, values, attachments: [{name, contentHash}]}. A member submits for the agency they represent, the secretariat for any. On time by the end of the due date (Vietnam); otherwise days late, working and calendar. Values follow the template in force on the due date. After a return, the resubmission keeps the first submission\'s timeliness.',
    roles: RoleGroups.tenantParticipants,
    body: SubmitReportBody,
    response: ObligationViewSchema,
    ifMatch: 'the obligation',
  })
  submit(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ObligationView> {
    return this.change(reply, params, { type: 'SubmitReport', ...parse(SubmitReportBody, body) }, expected);
  }

  @Change('POST', ':obligationId/return', {
    operationId: 'returnReport',
    summary: 'Return the submitted report for revision: {reason}.',
    status: 200,
    body: ReturnReportBody,
    response: ObligationViewSchema,
    ifMatch: 'the obligation',
  })
  returnForRevision(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ObligationView> {
    return this.change(reply, params, { type: 'ReturnReport', ...parse(ReturnReportBody, body) }, expected);
  }

  @Change('POST', ':obligationId/acceptance', {
    operationId: 'acceptReport',
    summary: 'Accept the submitted report.',
    status: 200,
    response: ObligationViewSchema,
    ifMatch: 'the obligation',
  })
  accept(@Param() params: Params, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ObligationView> {
    return this.change(reply, params, { type: 'AcceptReport' }, expected);
  }

  @ReadFile(':obligationId/attachments/:contentHash', {
    operationId: 'downloadReportAttachment',
    summary: 'A file attached to one of the obligation\'s submissions, to those who may read the province\'s reports.',
    mediaTypes: ['application/octet-stream'],
  })
  async attachment(@Param() params: Params, @Res() reply: FastifyReply): Promise<void> {
    const obligation = await this.queries.execute(new ObligationQuery({ tenant: params.tenant, obligationId: idParam(params.obligationId, 'Obligation') }));
    const attached = obligation.submissions.flatMap((s) => s.attachments).find((a) => a.contentHash === params.contentHash && ContentHashParam.safeParse(params.contentHash).success);
    const file = attached && (await this.files.content(params.tenant, attached.contentHash));
    if (!attached || !file) throw new NotFound('Attachment', params.contentHash);
    await sendFile(reply, { fileName: attached.name, mediaType: file.mediaType, content: file.content });
  }

  private async change(reply: FastifyReply, params: Params, request: Exclude<ObligationRequest, { type: 'RequestAdHocReport' }>, expected: number | undefined): Promise<ObligationView> {
    const obligation = await this.commands.execute(new ChangeObligation(params.tenant, idParam(params.obligationId, 'Obligation'), request, expected));
    return withEtag(reply, obligation.version, obligation);
  }

  private async export(tenant: string, query: unknown, format: ExportFormat, reply: FastifyReply): Promise<void> {
    const { from, to } = parse(ExportQuerySchema, query);
    await sendFile(reply, await this.queries.execute(new ExportObligationsQuery({ tenant, from, to, asOf: asOf(query, this.clock), format })));
  }
}
