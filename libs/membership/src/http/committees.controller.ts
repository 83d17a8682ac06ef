import { Body, Controller, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CLOCK, type Clock } from '@bcd/kernel';
import { AsOfQuery, Change, idParam, IfMatch, parse, Read, withEtag, asOf } from '@bcd/service-host';
import { ChangeCommittee, CommitteeSummarySchema, type CommitteeRequest, type CommitteeSummary } from '../application/committee.commands.js';
import { CommitteeViewSchema, GetCommitteeQuery, ListCommitteesQuery, type CommitteeView } from '../read-model/committees.query.js';
import { RosterQuery, RosterViewSchema, type RosterView } from '../read-model/roster.query.js';
import { PendingSeatViewSchema, SeatsPendingReplacementQuery, type PendingSeatView } from '../read-model/seats-pending.query.js';
import { DissolveCommitteeBody, EstablishCommitteeBody, ReestablishCommitteeBody, RenameCommitteeBody, StandingAgencyBody } from './committee.schemas.js';

/** The province's committees (Ban Chỉ đạo). ETag of a committee: its stream's version. */
@ApiTags('membership')
@Controller('api/tenants/:tenant/membership/committees')
export class CommitteesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Read('', {
    operationId: 'listCommittees',
    summary: 'The committees of the province (Ban Chỉ đạo), each with its name and standing agency on asOf.',
    query: AsOfQuery,
    response: z.array(CommitteeViewSchema),
  })
  list(@Param('tenant') tenant: string, @Query() query: unknown): Promise<CommitteeView[]> {
    return this.queries.execute(new ListCommitteesQuery({ tenant, asOf: asOf(query, this.clock) }));
  }

  @Change('POST', '', {
    operationId: 'establishCommittee',
    summary:
      'Establish a committee by decision: {name, decision: {number, date}, establishedOn? (default: the decision date), standingAgencyId?}. Records the regulation in force on that date, if any.',
    body: EstablishCommitteeBody,
    response: CommitteeSummarySchema,
  })
  establish(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitteeSummary> {
    return this.change(reply, tenant, undefined, { type: 'EstablishCommittee', ...parse(EstablishCommitteeBody, body) });
  }

  @Read(':committeeId', {
    operationId: 'getCommittee',
    summary: 'A committee: names, establishment and re-establishments, standing agency on asOf (ETag: its version).',
    query: AsOfQuery,
    response: CommitteeViewSchema,
  })
  async get(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Query() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitteeView> {
    const committee = await this.queries.execute(new GetCommitteeQuery({ tenant, committeeId: idParam(committeeId, 'Committee'), asOf: asOf(query, this.clock) }));
    return withEtag(reply, committee.version, committee);
  }

  @Read(':committeeId/roster', {
    operationId: 'getRoster',
    summary: 'The roster on asOf (default today): each serving member with role, agency (its name then), responsibilities, and whether the seat is pending replacement.',
    query: AsOfQuery,
    response: RosterViewSchema,
  })
  roster(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Query() query: unknown): Promise<RosterView> {
    return this.queries.execute(new RosterQuery({ tenant, committeeId: idParam(committeeId, 'Committee'), asOf: asOf(query, this.clock) }));
  }

  @Read(':committeeId/seats-pending-replacement', {
    operationId: 'listSeatsPendingReplacement',
    summary: 'Seats pending replacement on asOf (Thanh Hóa 2014 Điều 2.4: a long absence notified, no replacement appointed yet), and since when.',
    query: AsOfQuery,
    response: z.array(PendingSeatViewSchema),
  })
  pending(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Query() query: unknown): Promise<PendingSeatView[]> {
    return this.queries.execute(new SeatsPendingReplacementQuery({ tenant, committeeId: idParam(committeeId, 'Committee'), asOf: asOf(query, this.clock) }));
  }

  @Change('POST', ':committeeId/reestablishment', {
    operationId: 'reestablishCommittee',
    summary:
      'Re-establish the committee (kiện toàn) by a new decision: {decision, effectiveOn?, name?, carriedOver: [memberId], replaced: [{memberId, personId}]}. Members not named leave on that date.',
    status: 200,
    body: ReestablishCommitteeBody,
    response: CommitteeSummarySchema,
    ifMatch: 'the committee',
  })
  reestablish(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitteeSummary> {
    return this.change(reply, tenant, committeeId, { type: 'ReestablishCommittee', ...parse(ReestablishCommitteeBody, body) }, expected);
  }

  @Change('POST', ':committeeId/rename', {
    operationId: 'renameCommittee',
    summary: 'Rename the committee by decision: {name, decision, effectiveOn?}.',
    status: 200,
    body: RenameCommitteeBody,
    response: CommitteeSummarySchema,
    ifMatch: 'the committee',
  })
  rename(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitteeSummary> {
    return this.change(reply, tenant, committeeId, { type: 'RenameCommittee', ...parse(RenameCommitteeBody, body) }, expected);
  }

  @Change('POST', ':committeeId/dissolution', {
    operationId: 'dissolveCommittee',
    summary: 'Dissolve the committee by decision: {decision, effectiveOn?}. Every serving member leaves on that date.',
    status: 200,
    body: DissolveCommitteeBody,
    response: CommitteeSummarySchema,
    ifMatch: 'the committee',
  })
  dissolve(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitteeSummary> {
    return this.change(reply, tenant, committeeId, { type: 'DissolveCommittee', ...parse(DissolveCommitteeBody, body) }, expected);
  }

  @Change('POST', ':committeeId/standing-agency', {
    operationId: 'designateStandingAgency',
    summary: 'Designate the standing agency (Cơ quan thường trực) from an effective date: {agencyId, decision, effectiveOn?}.',
    status: 200,
    body: StandingAgencyBody,
    response: CommitteeSummarySchema,
    ifMatch: 'the committee',
  })
  standingAgency(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitteeSummary> {
    return this.change(reply, tenant, committeeId, { type: 'DesignateStandingAgency', ...parse(StandingAgencyBody, body) }, expected);
  }

  private async change(reply: FastifyReply, tenant: string, committeeId: string | undefined, request: CommitteeRequest, expected?: number): Promise<CommitteeSummary> {
    const id = committeeId === undefined ? undefined : idParam(committeeId, 'Committee');
    const committee = await this.commands.execute(new ChangeCommittee(tenant, id, request, expected));
    return withEtag(reply, committee.version, committee);
  }
}
