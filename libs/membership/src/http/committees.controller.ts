import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { newId } from '@bcd/kernel';
import { ChangeCommittee, type CommitteeRequest, type CommitteeSummary } from '../application/committees.js';
import { MembershipReads } from '../application/queries.js';
import type { CommitteeView, PendingSeatView, RosterView } from '../read-model/queries.js';
import {
  AsOfQuery,
  DissolveCommitteeBody,
  EstablishCommitteeBody,
  idParam,
  parse,
  ReestablishCommitteeBody,
  RenameCommitteeBody,
  StandingAgencyBody,
} from './schemas.js';
import { Change, Idempotent, ifMatch, Read, withEtag } from './support.js';

@ApiTags('membership')
@Idempotent()
@Controller('api/tenants/:tenant/membership/committees')
export class CommitteesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reads: MembershipReads,
  ) {}

  @Get()
  @Read('The committees of the province (Ban Chỉ đạo), each with its name and standing agency on asOf.', { asOf: true })
  list(@Param('tenant') tenant: string, @Query() query: unknown): Promise<CommitteeView[]> {
    return this.reads.committees(tenant, parse(AsOfQuery, query).asOf);
  }

  @Post()
  @Change(
    'Establish a committee by decision: {name, decision: {number, date}, establishedOn? (default: the decision date), standingAgencyId?}. Records the regulation in force on that date, if any.',
    EstablishCommitteeBody,
  )
  async establish(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitteeSummary> {
    const request = parse(EstablishCommitteeBody, body);
    const committee = await this.commands.execute<ChangeCommittee, CommitteeSummary>(new ChangeCommittee(tenant, newId(), { type: 'EstablishCommittee', ...request }));
    return withEtag(reply, committee.version, committee);
  }

  @Get(':committeeId')
  @Read('A committee: names, establishment and re-establishments, standing agency on asOf (ETag: its version).', { asOf: true })
  async get(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Query() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<CommitteeView> {
    const committee = await this.reads.committee(tenant, idParam(committeeId, 'Committee'), parse(AsOfQuery, query).asOf);
    return withEtag(reply, committee.version, committee);
  }

  @Get(':committeeId/roster')
  @Read('The roster on asOf (default today): each serving member with role, agency (its name then), responsibilities, and whether the seat is pending replacement.', { asOf: true })
  roster(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Query() query: unknown): Promise<RosterView> {
    return this.reads.roster(tenant, idParam(committeeId, 'Committee'), parse(AsOfQuery, query).asOf);
  }

  @Get(':committeeId/seats-pending-replacement')
  @Read('Seats pending replacement on asOf (Thanh Hóa 2014 Điều 2.4: a long absence notified, no replacement appointed yet), and since when.', { asOf: true })
  pending(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Query() query: unknown): Promise<PendingSeatView[]> {
    return this.reads.seatsPendingReplacement(tenant, idParam(committeeId, 'Committee'), parse(AsOfQuery, query).asOf);
  }

  @Post(':committeeId/reestablishment')
  @HttpCode(200)
  @Change(
    'Re-establish the committee (kiện toàn) by a new decision: {decision, effectiveOn?, name?, carriedOver: [memberId], replaced: [{memberId, personId}]}. Members not named leave on that date.',
    ReestablishCommitteeBody,
    { ifMatch: 'the committee' },
  )
  reestablish(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(tenant, committeeId, { type: 'ReestablishCommittee', ...parse(ReestablishCommitteeBody, body) }, match, reply);
  }

  @Post(':committeeId/rename')
  @HttpCode(200)
  @Change('Rename the committee by decision: {name, decision, effectiveOn?}.', RenameCommitteeBody, { ifMatch: 'the committee' })
  rename(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(tenant, committeeId, { type: 'RenameCommittee', ...parse(RenameCommitteeBody, body) }, match, reply);
  }

  @Post(':committeeId/dissolution')
  @HttpCode(200)
  @Change('Dissolve the committee by decision: {decision, effectiveOn?}. Every serving member leaves on that date.', DissolveCommitteeBody, { ifMatch: 'the committee' })
  dissolve(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(tenant, committeeId, { type: 'DissolveCommittee', ...parse(DissolveCommitteeBody, body) }, match, reply);
  }

  @Post(':committeeId/standing-agency')
  @HttpCode(200)
  @Change('Designate the standing agency (Cơ quan thường trực) from an effective date: {agencyId, decision, effectiveOn?}.', StandingAgencyBody, { ifMatch: 'the committee' })
  standingAgency(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(tenant, committeeId, { type: 'DesignateStandingAgency', ...parse(StandingAgencyBody, body) }, match, reply);
  }

  private async change(tenant: string, committeeId: string, request: CommitteeRequest, match: string | undefined, reply: FastifyReply): Promise<CommitteeSummary> {
    const committee = await this.commands.execute<ChangeCommittee, CommitteeSummary>(new ChangeCommittee(tenant, idParam(committeeId, 'Committee'), request, ifMatch(match)));
    return withEtag(reply, committee.version, committee);
  }
}
