import { Body, Controller, Inject, Param, Query as QueryParams, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RoleGroups } from '@bcd/auth';
import { CLOCK, type Clock } from '@bcd/kernel';
import { asOf, AsOfQuery, Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeProgramme, type ProgrammeRequest } from '../application/programme.commands.js';
import { ListProgrammesQuery, ProgrammeItemQuery, ProgrammeItemSchemas, ProgrammeListSchema, ProgrammeQuery, ProgressQuery, type ProgrammeItemKind, type ProgrammeSummary } from '../read-model/programme.query.js';
import { ProgrammeViewSchema, ProgressSchema, type Progress, type ProgrammeView } from '../read-model/programme.view.js';
import {
  AmendInspectionBody,
  AmendTaskBody,
  ExtendTaskBody,
  InspectionDoneBody,
  IssueProgrammeBody,
  ListProgrammesQuerySchema,
  OpenProgrammeBody,
  PlanInspectionBody,
  PlanTaskBody,
  TaskDoneBody,
} from './programme.schemas.js';

type Params = Record<string, string>;
const PROGRAMME = 'the work programme';

/**
 * A committee's annual work programme and inspection plan (RULES.md §1b): opened and drafted by the secretariat (tasks
 * with an owner agency and a deadline, inspections of agencies by month), issued by decision by the chair as the member
 * holding the chair that day (Thanh Hóa 2018, Bình Định 2021, Phú Thọ 2022 Điều 3.1), then followed: tasks done,
 * deadlines extended by the chair, inspections done. ETag: the programme's version.
 */
@ApiTags('programme')
@Controller('api/tenants/:tenant/programmes')
export class ProgrammeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Change('POST', '', {
    operationId: 'openProgramme',
    summary: 'Open a committee\'s work programme for a year: {committeeId, year, title, openedOn, issueBy}; issueBy is the deadline the tenant sets for its issue (no seed regulation sets one; default none). One per committee and year.',
    body: OpenProgrammeBody,
    response: ProgrammeViewSchema,
  })
  async open(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    const { programme } = await this.commands.execute(new ChangeProgramme(tenant, undefined, { type: 'OpenProgramme', ...parse(OpenProgrammeBody, body) }));
    reply.header('location', `/api/tenants/${tenant}/programmes/${programme.programmeId}`);
    return withEtag(reply, programme.version, programme);
  }

  @Read('', { operationId: 'listProgrammes', summary: 'The province\'s work programmes (one per committee and year), with their status and issue.', query: ListProgrammesQuerySchema, response: ProgrammeListSchema })
  list(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<ProgrammeSummary[]> {
    return this.queries.execute(new ListProgrammesQuery({ tenant, ...parse(ListProgrammesQuerySchema, query) }));
  }

  @Read(':programmeId', { operationId: 'getProgramme', summary: 'A work programme as its events made it: tasks, inspections, the chair\'s issue and whether on time, the follow-up (ETag: its version).', response: ProgrammeViewSchema })
  async get(@Param('tenant') tenant: string, @Param('programmeId') programmeId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    const programme = await this.queries.execute(new ProgrammeQuery({ tenant, programmeId: idParam(programmeId, 'Work programme') }));
    return withEtag(reply, programme.version, programme);
  }

  @Read(':programmeId/progress', {
    operationId: 'getProgrammeProgress',
    summary: 'The programme\'s tasks as of a day (default today) in the four buckets of Báo cáo 1270/BC-TCTTTg, with the deadlines in force then and the completion rate; inspections done by then.',
    query: AsOfQuery,
    response: ProgressSchema,
  })
  progress(@Param('tenant') tenant: string, @Param('programmeId') programmeId: string, @QueryParams() query: unknown): Promise<Progress> {
    return this.queries.execute(new ProgressQuery({ tenant, programmeId: idParam(programmeId, 'Work programme'), asOf: asOf(query, this.clock) }));
  }

  @Read(':programmeId/tasks/:itemId', { operationId: 'getProgrammeTask', summary: 'One task of a work programme, with its extensions.', response: ProgrammeItemSchemas.tasks })
  task(@Param() params: Params) {
    return this.item(params, 'tasks');
  }

  @Read(':programmeId/inspections/:itemId', { operationId: 'getProgrammeInspection', summary: 'One planned inspection of a work programme.', response: ProgrammeItemSchemas.inspections })
  inspection(@Param() params: Params) {
    return this.item(params, 'inspections');
  }

  @Change('POST', ':programmeId/tasks', { operationId: 'planProgrammeTask', summary: 'Add a task to the draft: {description, ownerAgencyId, dueOn, plannedOn}; until the programme is issued.', body: PlanTaskBody, response: ProgrammeViewSchema, ifMatch: PROGRAMME })
  planTask(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    return this.change(reply, params, { type: 'PlanTask', ...parse(PlanTaskBody, body) }, expected, 'tasks');
  }

  @Change('PUT', ':programmeId/tasks/:itemId', { operationId: 'amendProgrammeTask', summary: 'Amend a task of the draft: {description, ownerAgencyId, dueOn, amendedOn}; until the programme is issued.', body: AmendTaskBody, response: ProgrammeViewSchema, ifMatch: PROGRAMME })
  amendTask(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    return this.change(reply, params, { type: 'AmendTask', taskId: idParam(params.itemId, 'Task'), ...parse(AmendTaskBody, body) }, expected);
  }

  @Change('POST', ':programmeId/inspections', {
    operationId: 'planProgrammeInspection',
    summary: 'Add an inspection of an agency to the plan: {agencyId, month (YYYY-MM, in the programme\'s year), subject, plannedOn}; until the programme is issued.',
    body: PlanInspectionBody,
    response: ProgrammeViewSchema,
    ifMatch: PROGRAMME,
  })
  planInspection(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    return this.change(reply, params, { type: 'PlanInspection', ...parse(PlanInspectionBody, body) }, expected, 'inspections');
  }

  @Change('PUT', ':programmeId/inspections/:itemId', { operationId: 'amendProgrammeInspection', summary: 'Amend a planned inspection: {agencyId, month, subject, amendedOn}; until the programme is issued.', body: AmendInspectionBody, response: ProgrammeViewSchema, ifMatch: PROGRAMME })
  amendInspection(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    return this.change(reply, params, { type: 'AmendInspection', inspectionId: idParam(params.itemId, 'Inspection'), ...parse(AmendInspectionBody, body) }, expected);
  }

  @Change('POST', ':programmeId/issue', {
    operationId: 'issueProgramme',
    summary:
      'The chair issues the programme by decision: {decision}, as the member holding the chair of its committee on the decision\'s date (Thanh Hóa 2018, Bình Định 2021, Phú Thọ 2022 Điều 3.1; anyone else 422 with rule and article; an account linked to no member 403); on time or late against issueBy.',
    status: 200,
    roles: RoleGroups.tenantParticipants,
    body: IssueProgrammeBody,
    response: ProgrammeViewSchema,
    ifMatch: PROGRAMME,
  })
  issue(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    return this.change(reply, params, { type: 'IssueProgramme', ...parse(IssueProgrammeBody, body) }, expected);
  }

  @Change('POST', ':programmeId/tasks/:itemId/done', { operationId: 'completeProgrammeTask', summary: 'Record a task of the issued programme done: {doneOn, note}.', status: 200, body: TaskDoneBody, response: ProgrammeViewSchema, ifMatch: PROGRAMME })
  completeTask(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    return this.change(reply, params, { type: 'CompleteTask', taskId: idParam(params.itemId, 'Task'), ...parse(TaskDoneBody, body) }, expected);
  }

  @Change('POST', ':programmeId/tasks/:itemId/extensions', {
    operationId: 'extendProgrammeTask',
    summary: 'The chair extends a task\'s deadline: {dueOn, approvedOn, reason}, as the member holding the chair on approvedOn; later than the deadline in force, of a task not done.',
    status: 200,
    roles: RoleGroups.tenantParticipants,
    body: ExtendTaskBody,
    response: ProgrammeViewSchema,
    ifMatch: PROGRAMME,
  })
  extendTask(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    return this.change(reply, params, { type: 'ExtendTask', taskId: idParam(params.itemId, 'Task'), ...parse(ExtendTaskBody, body) }, expected);
  }

  @Change('POST', ':programmeId/inspections/:itemId/done', { operationId: 'completeProgrammeInspection', summary: 'Record a planned inspection done: {doneOn, findings}.', status: 200, body: InspectionDoneBody, response: ProgrammeViewSchema, ifMatch: PROGRAMME })
  completeInspection(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProgrammeView> {
    return this.change(reply, params, { type: 'CompleteInspection', inspectionId: idParam(params.itemId, 'Inspection'), ...parse(InspectionDoneBody, body) }, expected);
  }

  private item(params: Params, kind: ProgrammeItemKind) {
    return this.queries.execute(new ProgrammeItemQuery({ tenant: params.tenant, programmeId: idParam(params.programmeId, 'Work programme'), kind, itemId: idParam(params.itemId, kind === 'tasks' ? 'Task' : 'Inspection') }));
  }

  private async change(reply: FastifyReply, params: Params, request: ProgrammeRequest, expected: number | undefined, created?: ProgrammeItemKind): Promise<ProgrammeView> {
    const { programme, createdId } = await this.commands.execute(new ChangeProgramme(params.tenant, idParam(params.programmeId, 'Work programme'), request, expected));
    if (created && createdId) reply.header('location', `/api/tenants/${params.tenant}/programmes/${programme.programmeId}/${created}/${createdId}`);
    return withEtag(reply, programme.version, programme);
  }
}
