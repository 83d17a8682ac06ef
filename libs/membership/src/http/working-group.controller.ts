import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { MembershipReads } from '../application/queries.js';
import { ChangeWorkingGroup, type WorkingGroupRequest, type WorkingGroupSummary } from '../application/working-groups.js';
import type { WorkingGroupView } from '../read-model/queries.js';
import {
  AddWorkingGroupMemberBody,
  AsOfQuery,
  FormWorkingGroupBody,
  idParam,
  parse,
  RemoveWorkingGroupMemberBody,
  SubGroupBody,
  WorkingGroupLeaderBody,
} from './schemas.js';
import { Change, Idempotent, ifMatch, Read, withEtag } from './support.js';

/** The committee's working group (Tổ giúp việc / Tổ thư ký / Tổ công tác); ETag: its version. */
@ApiTags('membership')
@Idempotent()
@Controller('api/tenants/:tenant/membership/committees/:committeeId/working-group')
export class WorkingGroupController {
  constructor(
    private readonly commands: CommandBus,
    private readonly reads: MembershipReads,
  ) {}

  @Get()
  @Read('The working group on asOf: name, leader, sub-groups, members with their agency and nominating decision.', { asOf: true })
  async get(@Param('tenant') tenant: string, @Param('committeeId') committeeId: string, @Query() query: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<WorkingGroupView> {
    const group = await this.reads.workingGroup(tenant, idParam(committeeId, 'Committee'), parse(AsOfQuery, query).asOf);
    return withEtag(reply, group.version, group);
  }

  @Post()
  @Change('Form the working group by decision: {name? (default: the name the regulation in force gives it), decision, formedOn?}.', FormWorkingGroupBody)
  form(@Param() params: Record<string, string>, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, { type: 'FormWorkingGroup', ...parse(FormWorkingGroupBody, body) }, undefined, reply);
  }

  @Post('leader')
  @HttpCode(200)
  @Change('Set the leader (Tổ trưởng), one of the members, by decision: {personId, decision, effectiveOn?}.', WorkingGroupLeaderBody, { ifMatch: 'the working group' })
  leader(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, { type: 'SetWorkingGroupLeader', ...parse(WorkingGroupLeaderBody, body) }, match, reply);
  }

  @Post('sub-groups')
  @Change('Form a sub-group (nhóm công tác): {name, formedOn}.', SubGroupBody, { ifMatch: 'the working group' })
  subGroup(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, { type: 'FormSubGroup', ...parse(SubGroupBody, body) }, match, reply);
  }

  @Post('members')
  @Change(
    'Add a member: {personId, agencyId, subGroupId?, joinedOn, nomination?: {number, date}}. Where the regulation requires it (Kiên Giang 2008 Điều 9.2), a member from outside the standing agency needs the nominating decision of their agency head.',
    AddWorkingGroupMemberBody,
    { ifMatch: 'the working group' },
  )
  addMember(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, { type: 'AddWorkingGroupMember', ...parse(AddWorkingGroupMemberBody, body) }, match, reply);
  }

  @Post('members/:personId/removal')
  @HttpCode(200)
  @Change('Remove a member: {leftOn, reason?}.', RemoveWorkingGroupMemberBody, { ifMatch: 'the working group' })
  removeMember(@Param() params: Record<string, string>, @Body() body: unknown, @Headers('if-match') match: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    return this.change(params, { type: 'RemoveWorkingGroupMember', personId: idParam(params.personId, 'Person'), ...parse(RemoveWorkingGroupMemberBody, body) }, match, reply);
  }

  private async change(params: Record<string, string>, request: WorkingGroupRequest, match: string | undefined, reply: FastifyReply): Promise<WorkingGroupSummary> {
    const group = await this.commands.execute<ChangeWorkingGroup, WorkingGroupSummary>(
      new ChangeWorkingGroup(params.tenant, idParam(params.committeeId, 'Committee'), request, ifMatch(match)),
    );
    return withEtag(reply, group.version, group);
  }
}
