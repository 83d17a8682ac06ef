import { Body, Controller, Inject, Param, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CLOCK, type Clock } from '@bcd/kernel';
import { AsOfQuery, Change, idParam, IfMatch, parse, Read, withEtag, asOf } from '@bcd/service-host';
import { ChangeWorkingGroup, WorkingGroupSummarySchema, type WorkingGroupRequest, type WorkingGroupSummary } from '../application/working-group.commands.js';
import { WorkingGroupQuery, WorkingGroupViewSchema, type WorkingGroupView } from '../read-model/working-group.query.js';
import { AddWorkingGroupMemberBody, FormWorkingGroupBody, RemoveWorkingGroupMemberBody, SubGroupBody, WorkingGroupLeaderBody } from './working-group.schemas.js';

type Params = Record<string, string>;

/** The committee's working group (Tổ giúp việc / Tổ thư ký / Tổ công tác); ETag: its version. */
@ApiTags('membership')
@Controller('api/tenants/:tenant/membership/committees/:committeeId/working-group')
export class WorkingGroupController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Read('', {
    operationId: 'getWorkingGroup',
    summary: 'The working group on asOf: name, leader, sub-groups, members with their agency and nominating decision.',
    query: AsOfQuery,
    response: WorkingGroupViewSchema,
  })
  async get(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Query() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<WorkingGroupView> {
    const group = await this.queries.execute(new WorkingGroupQuery({ tenant, committeeId: idParam(committeeId, 'Committee'), asOf: asOf(query, this.clock) }));
    return withEtag(reply, group.version, group);
  }

  @Change('POST', '', {
    operationId: 'formWorkingGroup',
    summary: 'Form the working group by decision: {name? (default: the name the regulation in force gives it), decision, formedOn?}.',
    body: FormWorkingGroupBody,
    response: WorkingGroupSummarySchema,
  })
  form(@Param() params: Params, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, { type: 'FormWorkingGroup', ...parse(FormWorkingGroupBody, body) }, undefined);
  }

  @Change('POST', 'leader', {
    operationId: 'setWorkingGroupLeader',
    summary: 'Set the leader (Tổ trưởng), one of the members, by decision: {personId, decision, effectiveOn?}.',
    status: 200,
    body: WorkingGroupLeaderBody,
    response: WorkingGroupSummarySchema,
    ifMatch: 'the working group',
  })
  leader(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, { type: 'SetWorkingGroupLeader', ...parse(WorkingGroupLeaderBody, body) }, expected);
  }

  @Change('POST', 'sub-groups', {
    operationId: 'formSubGroup',
    summary: 'Form a sub-group (nhóm công tác): {name, formedOn}.',
    body: SubGroupBody,
    response: WorkingGroupSummarySchema,
    ifMatch: 'the working group',
  })
  subGroup(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, { type: 'FormSubGroup', ...parse(SubGroupBody, body) }, expected);
  }

  @Change('POST', 'members', {
    operationId: 'addWorkingGroupMember',
    summary:
      'Add a member: {personId, agencyId, subGroupId?, joinedOn, nomination?: {number, date}}. Where the regulation requires it (Kiên Giang 2008 Điều 9.2), a member from outside the standing agency needs the nominating decision of their agency head.',
    body: AddWorkingGroupMemberBody,
    response: WorkingGroupSummarySchema,
    ifMatch: 'the working group',
  })
  addMember(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(reply, params, { type: 'AddWorkingGroupMember', ...parse(AddWorkingGroupMemberBody, body) }, expected);
  }

  @Change('POST', 'members/:personId/removal', {
    operationId: 'removeWorkingGroupMember',
    summary: 'Remove a member: {leftOn, reason?}.',
    status: 200,
    body: RemoveWorkingGroupMemberBody,
    response: WorkingGroupSummarySchema,
    ifMatch: 'the working group',
  })
  removeMember(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const request = { type: 'RemoveWorkingGroupMember' as const, personId: idParam(params.personId, 'Person'), ...parse(RemoveWorkingGroupMemberBody, body) };
    return this.change(reply, params, request, expected);
  }

  private async change(reply: FastifyReply, params: Params, request: WorkingGroupRequest, expected: number | undefined): Promise<WorkingGroupSummary> {
    const group = await this.commands.execute(new ChangeWorkingGroup(params.tenant, idParam(params.committeeId, 'Committee'), request, expected));
    return withEtag(reply, group.version, group);
  }
}
