import { Body, Controller, Inject, Param, Query as QueryParams, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CLOCK, type Clock } from '@bcd/kernel';
import { AsOfQuery, asOf, Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeConsultation, type ConsultationRequest } from '../application/consultation.commands.js';
import { ConsultationViewSchema, type ConsultationView } from '../read-model/consultation.view.js';
import { ConsultationQuery, ConsultationStatusSchema, ListConsultationsQuery, type ConsultationStatus } from '../read-model/consultations.query.js';
import { CloseConsultationBody, OpinionBody, StartConsultationBody } from './meetings.schemas.js';

type Params = Record<string, string>;

/** Written consultation in place of a meeting, where the regulation allows it (Kiên Giang 2008 Điều 10). ETag: the consultation's version. */
@ApiTags('meetings')
@Controller('api/tenants/:tenant/meetings/consultations')
export class ConsultationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Change('POST', '', {
    operationId: 'startConsultation',
    summary:
      'Record a written consultation the regulation allows: {question, recipients: [memberId], requestedBy, startedOn, deadlineOn}. Requester and recipients are checked against the roster of startedOn; the requester against the regulation in force then (422 with rule and article).',
    body: StartConsultationBody,
    response: ConsultationViewSchema,
  })
  async start(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsultationView> {
    const consultation = await this.commands.execute(new ChangeConsultation(tenant, undefined, { type: 'StartConsultation', ...parse(StartConsultationBody, body) }));
    reply.header('location', `/api/tenants/${tenant}/meetings/consultations/${consultation.consultationId}`);
    return withEtag(reply, consultation.version, consultation);
  }

  @Read('', {
    operationId: 'listConsultations',
    summary: 'The province\'s written consultations, each with who had not answered by asOf (default today) and whether their deadline has passed.',
    query: AsOfQuery,
    response: z.array(ConsultationStatusSchema),
  })
  list(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<ConsultationStatus[]> {
    return this.queries.execute(new ListConsultationsQuery({ tenant, asOf: asOf(query, this.clock) }));
  }

  @Read(':consultationId', {
    operationId: 'getConsultation',
    summary: 'A written consultation: question, opinions (late ones marked), outcome, and who had not answered by asOf (default today).',
    query: AsOfQuery,
    response: ConsultationStatusSchema,
  })
  async get(@Param('tenant') tenant: string, @Param('consultationId') consultationId: string, @QueryParams() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsultationStatus> {
    const consultation = await this.queries.execute(new ConsultationQuery({ tenant, consultationId: idParam(consultationId, 'Consultation'), asOf: asOf(query, this.clock) }));
    return withEtag(reply, consultation.version, consultation);
  }

  @Change('POST', ':consultationId/opinions', {
    operationId: 'receiveOpinion',
    summary: 'Record a written opinion as received: {memberId, receivedOn, reference, summary}. One received after the deadline is recorded, marked late.',
    body: OpinionBody,
    response: ConsultationViewSchema,
    ifMatch: 'the consultation',
  })
  opinion(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsultationView> {
    return this.change(reply, params, { type: 'ReceiveOpinion', ...parse(OpinionBody, body) }, expected);
  }

  @Change('POST', ':consultationId/closure', {
    operationId: 'closeConsultation',
    summary: 'Close a written consultation with its outcome: {closedOn, outcome}.',
    status: 200,
    body: CloseConsultationBody,
    response: ConsultationViewSchema,
    ifMatch: 'the consultation',
  })
  close(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ConsultationView> {
    return this.change(reply, params, { type: 'CloseConsultation', ...parse(CloseConsultationBody, body) }, expected);
  }

  private async change(reply: FastifyReply, params: Params, request: Exclude<ConsultationRequest, { type: 'StartConsultation' }>, expected: number | undefined): Promise<ConsultationView> {
    const consultation = await this.commands.execute(new ChangeConsultation(params.tenant, idParam(params.consultationId, 'Consultation'), request, expected));
    return withEtag(reply, consultation.version, consultation);
  }
}
