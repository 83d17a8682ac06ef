import { Body, Controller, Param, Query as QueryParams, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RoleGroups } from '@bcd/auth';
import { Change, idParam, IfMatch, parse, Read, withEtag } from '@bcd/service-host';
import { ChangeBudget, type BudgetRequest } from '../application/budget.commands.js';
import { BudgetItemQuery, BudgetItemSchemas, ListSpecialExpendituresQuery, ListUnplannedTasksQuery, SpecialExpenditureListSchema, UnplannedTaskListSchema, type BudgetItemKind } from '../read-model/budget-items.query.js';
import { BudgetViewSchema, type BudgetView } from '../read-model/budget.view.js';
import {
  AssignTaskBody,
  CoordinateSpecialBody,
  DecideSpecialBody,
  DecideTaskFundingBody,
  ListBudgetsQuerySchema,
  ProposeSpecialBody,
  ProposeTaskFundingBody,
} from './budget.schemas.js';

type Params = Record<string, string>;

/**
 * Special expenditures (Thanh Hóa 2018 Điều 11.2: spending with no norm — proposed by the standing agency, Sở Tài
 * chính's coordination opinion, the chair's decision as the authenticated member holding the chair that day) and the
 * funding of unplanned tasks UBND tỉnh assigns (Phú Thọ 2022 Điều 11.3), on a budget; an expenditure read alone.
 */
@ApiTags('budget')
@Controller('api/tenants/:tenant/budget')
export class SpecialExpendituresController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Read('special-expenditures', { operationId: 'listSpecialExpenditures', summary: 'The province\'s special expenditures and their state, by budget.', query: ListBudgetsQuerySchema, response: SpecialExpenditureListSchema })
  listSpecial(@Param('tenant') tenant: string, @QueryParams() query: unknown) {
    return this.queries.execute(new ListSpecialExpendituresQuery({ tenant, ...parse(ListBudgetsQuerySchema, query) }));
  }

  @Read('unplanned-tasks', { operationId: 'listUnplannedTasks', summary: 'The province\'s unplanned tasks assigned by UBND tỉnh and their funding, by budget.', query: ListBudgetsQuerySchema, response: UnplannedTaskListSchema })
  listTasks(@Param('tenant') tenant: string, @QueryParams() query: unknown) {
    return this.queries.execute(new ListUnplannedTasksQuery({ tenant, ...parse(ListBudgetsQuerySchema, query) }));
  }

  @Read('years/:budgetId/expenditures/:itemId', { operationId: 'getExpenditure', summary: 'One expenditure of a budget.', response: BudgetItemSchemas.expenditures })
  expenditure(@Param() params: Params) {
    return this.item(params, 'expenditures');
  }

  @Read('years/:budgetId/special-expenditures/:itemId', { operationId: 'getSpecialExpenditure', summary: 'One special expenditure and its state.', response: BudgetItemSchemas['special-expenditures'] })
  special(@Param() params: Params) {
    return this.item(params, 'special-expenditures');
  }

  @Read('years/:budgetId/unplanned-tasks/:itemId', { operationId: 'getUnplannedTask', summary: 'One unplanned task and its funding.', response: BudgetItemSchemas['unplanned-tasks'] })
  task(@Param() params: Params) {
    return this.item(params, 'unplanned-tasks');
  }

  @Change('POST', 'years/:budgetId/special-expenditures', {
    operationId: 'proposeSpecialExpenditure',
    summary: 'Propose a special expenditure (no norm exists): {lineId, title, amount, reason, proposedOn}; only where the regulation in force has the flow (Thanh Hóa 2018 Điều 11.2), else 422 with rule and article.',
    body: ProposeSpecialBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  propose(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'ProposeSpecialExpenditure', ...parse(ProposeSpecialBody, body) }, expected, 'special-expenditures');
  }

  @Change('POST', 'years/:budgetId/special-expenditures/:itemId/coordination', {
    operationId: 'coordinateSpecialExpenditure',
    summary: 'Record Sở Tài chính\'s coordination opinion: {coordinatedOn, agrees, agreedAmount, opinion}; a finance-department grant.',
    status: 200,
    roles: RoleGroups.financeDepartment,
    body: CoordinateSpecialBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  coordinate(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'CoordinateSpecialExpenditure', specialExpenditureId: idParam(params.itemId, 'Special expenditure'), ...parse(CoordinateSpecialBody, body) }, expected);
  }

  @Change('POST', 'years/:budgetId/special-expenditures/:itemId/decision', {
    operationId: 'decideSpecialExpenditure',
    summary:
      'The chair approves or rejects: {decidedOn, approved, approvedAmount, note}, as the member holding the chair on decidedOn (their account linked to their person; anyone else 422 with rule and article); after Sở Tài chính\'s opinion, an approval within the amount it agreed.',
    status: 200,
    roles: RoleGroups.tenantParticipants,
    body: DecideSpecialBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  decide(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'DecideSpecialExpenditure', specialExpenditureId: idParam(params.itemId, 'Special expenditure'), ...parse(DecideSpecialBody, body) }, expected);
  }

  @Change('POST', 'years/:budgetId/unplanned-tasks', {
    operationId: 'assignUnplannedTask',
    summary: 'Record an unplanned task UBND tỉnh assigned: {description, assignment (decision), assignedOn}; only where the regulation in force has the flow (Phú Thọ 2022 Điều 11.3).',
    body: AssignTaskBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  assign(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'AssignUnplannedTask', ...parse(AssignTaskBody, body) }, expected, 'unplanned-tasks');
  }

  @Change('POST', 'years/:budgetId/unplanned-tasks/:itemId/proposal', {
    operationId: 'proposeUnplannedTaskFunding',
    summary: 'The standing agency, with Sở Tài chính, proposes its funding to the competent authority: {amount, proposedOn}.',
    status: 200,
    body: ProposeTaskFundingBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  proposeFunding(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'ProposeUnplannedTaskFunding', taskId: idParam(params.itemId, 'Unplanned task'), ...parse(ProposeTaskFundingBody, body) }, expected);
  }

  @Change('POST', 'years/:budgetId/unplanned-tasks/:itemId/funding', {
    operationId: 'decideUnplannedTaskFunding',
    summary: 'Record the competent authority\'s decision: {decision, funded, amount}; funded opens a line of its own (the task\'s id) that can be spent up to the amount.',
    status: 200,
    body: DecideTaskFundingBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  fund(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'DecideUnplannedTaskFunding', taskId: idParam(params.itemId, 'Unplanned task'), ...parse(DecideTaskFundingBody, body) }, expected);
  }

  private item(params: Params, kind: BudgetItemKind) {
    return this.queries.execute(new BudgetItemQuery({ tenant: params.tenant, budgetId: idParam(params.budgetId, 'Budget'), kind, itemId: idParam(params.itemId, 'Item') }));
  }

  private async change(reply: FastifyReply, params: Params, request: BudgetRequest, expected: number | undefined, created?: BudgetItemKind): Promise<BudgetView> {
    const { budget, createdId } = await this.commands.execute(new ChangeBudget(params.tenant, idParam(params.budgetId, 'Budget'), request, expected));
    if (created && createdId) reply.header('location', `/api/tenants/${params.tenant}/budget/years/${budget.budgetId}/${created}/${createdId}`);
    return withEtag(reply, budget.version, budget);
  }
}
