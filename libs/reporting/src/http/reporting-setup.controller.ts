import { Body, Controller, Inject, Param, Query as QueryParams, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { RoleGroups } from '@bcd/auth';
import { CLOCK, NotFound, ValidationFailed, type Clock } from '@bcd/kernel';
import { asOf, Change, FILE_MEDIA_TYPES, IfMatch, parse, Read, UploadFile, View, withEtag } from '@bcd/service-host';
import { ReportingFacts } from '../application/facts.js';
import { ReportFiles } from '../application/files.js';
import { RemindersQuery, RemindersViewSchema, type RemindersView } from '../application/reminders.query.js';
import { ChangeSetup, ChangeTemplates } from '../application/setup.commands.js';
import type { SetupState } from '../domain/setup/setup.js';
import type { TemplatesState } from '../domain/template/template.js';
import { ContentHashParam, DefineTemplateBody, DesignateAgenciesBody, ReminderHorizonBody, RemindersQuerySchema } from './reporting.schemas.js';

const SetupViewSchema = z.strictObject({
  designations: z.array(z.strictObject({ agencyIds: z.array(View.id), effectiveFrom: View.localDate, decision: View.decision.nullable() })),
  reminderDays: z.int(),
  version: z.int(),
});
type SetupView = z.infer<typeof SetupViewSchema>;

const TemplatesViewSchema = z.strictObject({
  versions: z.array(
    z.strictObject({
      templateId: z.string(),
      version: z.int(),
      name: z.string(),
      appliesTo: z.array(z.string()),
      effectiveFrom: View.localDate,
      fields: z.array(z.strictObject({ key: z.string(), label: z.string(), type: z.string(), required: z.boolean() })),
    }),
  ),
  version: z.int(),
});
type TemplatesView = z.infer<typeof TemplatesViewSchema>;

const StoredFileSchema = z.strictObject({ contentHash: z.string(), mediaType: z.string(), sizeBytes: z.int(), storedAt: View.instant });

/** The province's reporting setup (reporting agencies, reminder horizon), its templates, attached files and reminders. */
@ApiTags('reporting')
@Controller('api/tenants/:tenant/reporting')
export class ReportingSetupController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly facts: ReportingFacts,
    private readonly files: ReportFiles,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Read('setup', { operationId: 'getReportingSetup', summary: 'The agencies designated to report (from which date) and the reminder horizon in days (ETag: its version).', response: SetupViewSchema })
  async setup(@Param('tenant') tenant: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<SetupView> {
    const { state, version } = await this.facts.setupWithVersion(tenant);
    return withEtag(reply, version, setupView(state, version));
  }

  @Change('PUT', 'setup/reporting-agencies', {
    operationId: 'designateReportingAgencies',
    summary:
      'Designate the agencies that owe the periodic reports where the regulation does not list them (Thanh Hóa: "các cơ quan chủ trì thực hiện chương trình", Điều 11.2 / 10.2; Phú Thọ 2022 Điều 4.3): {agencyIds, effectiveFrom, decision?}. The opening process opens their obligations due from that day.',
    body: DesignateAgenciesBody,
    response: SetupViewSchema,
    ifMatch: 'the setup',
  })
  async designate(@Param('tenant') tenant: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<SetupView> {
    const { state, version } = await this.commands.execute(new ChangeSetup(tenant, { type: 'DesignateReportingAgencies', data: parse(DesignateAgenciesBody, body) }, expected));
    return withEtag(reply, version, setupView(state, version));
  }

  @Change('PUT', 'setup/reminder-horizon', {
    operationId: 'setReminderHorizon',
    summary: 'How many days ahead reminders show a report as due soon: {days} (1–90; default 7).',
    body: ReminderHorizonBody,
    response: SetupViewSchema,
    ifMatch: 'the setup',
  })
  async horizon(@Param('tenant') tenant: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<SetupView> {
    const { state, version } = await this.commands.execute(new ChangeSetup(tenant, { type: 'SetReminderHorizon', data: parse(ReminderHorizonBody, body) }, expected));
    return withEtag(reply, version, setupView(state, version));
  }

  @Read('templates', { operationId: 'listReportTemplates', summary: 'Every version of every report template of the province (ETag: their version).', response: TemplatesViewSchema })
  async templates(@Param('tenant') tenant: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<TemplatesView> {
    const { state, version } = await this.facts.templatesWithVersion(tenant);
    return withEtag(reply, version, templatesView(state, version));
  }

  @Change('POST', 'templates', {
    operationId: 'defineReportTemplate',
    summary:
      'Define a report template, or a new version of one, in force from a date: {templateId, name, appliesTo, effectiveFrom, fields: [{key, label, type: text | number | date | boolean, required}]}. A submission is checked against the version in force on its obligation\'s due date.',
    body: DefineTemplateBody,
    response: TemplatesViewSchema,
    ifMatch: 'the templates',
  })
  async define(@Param('tenant') tenant: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<TemplatesView> {
    const { state, version } = await this.commands.execute(new ChangeTemplates(tenant, { type: 'DefineTemplate', data: parse(DefineTemplateBody, body) }, expected));
    return withEtag(reply, version, templatesView(state, version));
  }

  @UploadFile('files/:contentHash', {
    operationId: 'uploadReportFile',
    summary: 'Store a file to attach to a report under its SHA-256 (64 lowercase hex digits), the body being its bytes with their media type. Served only through the obligation\'s attachment route.',
    roles: RoleGroups.tenantParticipants,
    mediaTypes: [...FILE_MEDIA_TYPES],
    response: StoredFileSchema,
  })
  upload(@Param('tenant') tenant: string, @Param('contentHash') contentHash: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    const hash = ContentHashParam.safeParse(contentHash);
    if (!hash.success) throw new NotFound('File', contentHash);
    if (!Buffer.isBuffer(body)) throw new ValidationFailed([{ path: 'body', message: `must be the file's bytes, sent with its media type (${FILE_MEDIA_TYPES.join(', ')})` }]);
    const mediaType = String(reply.request.headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim();
    return this.files.put(tenant, hash.data, mediaType, body, this.clock.now());
  }

  @Read('reminders', {
    operationId: 'reportingReminders',
    summary:
      'What needs doing as of asOf (default today), for the province or one agency: reports due within the horizon and overdue, and from the meetings: written opinions overdue, documents of a coming meeting to send, action items overdue.',
    query: RemindersQuerySchema,
    response: RemindersViewSchema,
  })
  reminders(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<RemindersView> {
    const { agencyId } = parse(RemindersQuerySchema, query);
    return this.queries.execute(new RemindersQuery({ tenant, asOf: asOf(query, this.clock), ...(agencyId ? { agencyId } : {}) }));
  }

  @Read('reminders/mine', {
    operationId: 'myReminders',
    summary: 'Your own list as of asOf: a member\'s is their agency\'s reports and action items and their own written opinions (as the member their account is linked to); the secretariat\'s is the whole province\'s.',
    roles: RoleGroups.tenantParticipants,
    query: RemindersQuerySchema,
    response: RemindersViewSchema,
  })
  mine(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<RemindersView> {
    return this.queries.execute(new RemindersQuery({ tenant, asOf: asOf(query, this.clock), mine: true }));
  }
}

function setupView(state: SetupState, version: number): SetupView {
  return { designations: [...state.designations], reminderDays: state.reminderDays, version };
}

function templatesView(state: TemplatesState, version: number): TemplatesView {
  return { versions: [...state.versions], version };
}
