import { Body, Controller, Inject, Param, Query as QueryParams, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { vietnamDateOf } from '@bcd/calendar';
import { RoleGroups } from '@bcd/auth';
import { CLOCK, type Clock } from '@bcd/kernel';
import { Change, idParam, IfMatch, parse, Read, ReadFile, sendFile, withEtag } from '@bcd/service-host';
import { ChangeBudget, type BudgetChange, type BudgetRequest } from '../application/budget.commands.js';
import { ExportBudgetQuery, type BudgetExport } from '../application/export.query.js';
import { BudgetListSchema, BudgetQuery, ExecutionQuery, ListBudgetsQuery, type BudgetSummary } from '../read-model/budget.query.js';
import { BudgetViewSchema, ExecutionSchema, type BudgetView, type Execution } from '../read-model/budget.view.js';
import {
  AppraiseEstimateBody,
  AppropriateBody,
  ApproveSettlementBody,
  CorrectionBody,
  DraftEstimateBody,
  ExecutionQuerySchema,
  ExpenditureBody,
  ListBudgetsQuerySchema,
  OpenBudgetBody,
  ReallocateBody,
  ReviewEstimateBody,
  SubmitEstimateBody,
  SubmitSettlementBody,
} from './budget.schemas.js';

type Params = Record<string, string>;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A fiscal year's budget held by one agency (RULES.md §4): opened, its estimate drafted, submitted and appraised by
 * Sở Tài chính (a finance-department grant), appropriated by decision, supplemented and reallocated by decision,
 * spent (never beyond what remains on a line), settled; execution as of any day and its exports. Amounts are whole
 * đồng as strings of digits, exact at any size. ETag: the budget's version.
 */
@ApiTags('budget')
@Controller('api/tenants/:tenant/budget/years')
export class BudgetController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Change('POST', '', {
    operationId: 'openBudget',
    summary: 'Open the budget of a fiscal year held by one agency: {fiscalYear, holderAgencyId, source, openedOn}; the funding source must be one the regulation in force names (Phú Thọ 2022 Điều 11.2: each agency\'s own recurrent budget).',
    body: OpenBudgetBody,
    response: BudgetViewSchema,
  })
  async open(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    const { budget } = await this.commands.execute(new ChangeBudget(tenant, undefined, { type: 'OpenBudget', ...parse(OpenBudgetBody, body) }));
    reply.header('location', `/api/tenants/${tenant}/budget/years/${budget.budgetId}`);
    return withEtag(reply, budget.version, budget);
  }

  @Read('', { operationId: 'listBudgets', summary: 'The province\'s budgets (one per agency and fiscal year) with their execution.', query: ListBudgetsQuerySchema, response: BudgetListSchema })
  list(@Param('tenant') tenant: string, @QueryParams() query: unknown): Promise<BudgetSummary[]> {
    return this.queries.execute(new ListBudgetsQuery({ tenant, ...parse(ListBudgetsQuerySchema, query) }));
  }

  @Read(':budgetId', {
    operationId: 'getBudget',
    summary: 'A budget as its events made it: estimate and appraisal, appropriation and every decision that moved money, expenditures, special expenditures, unplanned tasks, settlement and execution (ETag: its version).',
    response: BudgetViewSchema,
  })
  async get(@Param('tenant') tenant: string, @Param('budgetId') budgetId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    const budget = await this.queries.execute(new BudgetQuery({ tenant, budgetId: idParam(budgetId, 'Budget') }));
    return withEtag(reply, budget.version, budget);
  }

  @Read(':budgetId/execution', { operationId: 'getBudgetExecution', summary: 'Execution per line as of a day: appropriated, spent, remaining and the rate.', query: ExecutionQuerySchema, response: ExecutionSchema })
  execution(@Param('tenant') tenant: string, @Param('budgetId') budgetId: string, @QueryParams() query: unknown): Promise<Execution> {
    return this.queries.execute(new ExecutionQuery({ tenant, budgetId: idParam(budgetId, 'Budget'), asOf: parse(ExecutionQuerySchema, query).asOf ?? null }));
  }

  @ReadFile(':budgetId/execution.csv', {
    operationId: 'exportBudgetExecutionCsv',
    summary: 'Execution per line as of a day (default: everything) as CSV that Excel opens with Vietnamese intact (UTF-8 with BOM); amounts as exact digits.',
    query: ExecutionQuerySchema,
    mediaTypes: ['text/csv'],
  })
  executionCsv(@Param() params: Params, @QueryParams() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    return this.export(params, query, { table: 'execution', format: 'csv' }, reply);
  }

  @ReadFile(':budgetId/expenditures.csv', { operationId: 'exportBudgetExpendituresCsv', summary: 'The expenditures up to a day as CSV (UTF-8 with BOM, Vietnamese headers).', query: ExecutionQuerySchema, mediaTypes: ['text/csv'] })
  expendituresCsv(@Param() params: Params, @QueryParams() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    return this.export(params, query, { table: 'expenditures', format: 'csv' }, reply);
  }

  @ReadFile(':budgetId/export.xlsx', {
    operationId: 'exportBudgetXlsx',
    summary: 'Execution and the expenditures as one Excel workbook; an amount is a number cell where a double holds it exactly, otherwise a text cell of its digits.',
    query: ExecutionQuerySchema,
    mediaTypes: [XLSX],
  })
  xlsx(@Param() params: Params, @QueryParams() query: unknown, @Res() reply: FastifyReply): Promise<void> {
    return this.export(params, query, { table: 'all', format: 'xlsx' }, reply);
  }

  @Change('PUT', ':budgetId/estimate', {
    operationId: 'draftBudgetEstimate',
    summary: 'Draft (or redraft, until submitted) the estimate: {draftedOn, lines: [{lineId, category, title, amount}]}; categories are the regulation\'s where it lists them (Bình Định 2021 Điều 13.1).',
    body: DraftEstimateBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  draft(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'DraftEstimate', ...parse(DraftEstimateBody, body) }, expected);
  }

  @Change('POST', ':budgetId/estimate/submission', { operationId: 'submitBudgetEstimate', summary: 'Submit the estimate (for appraisal, where the regulation has Sở Tài chính appraise it): {submittedOn}.', status: 200, body: SubmitEstimateBody, response: BudgetViewSchema, ifMatch: 'the budget' })
  submit(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'SubmitEstimate', ...parse(SubmitEstimateBody, body) }, expected);
  }

  @Change('POST', ':budgetId/estimate/review', {
    operationId: 'reviewBudgetEstimate',
    summary:
      'The estimate passes through the member the regulation names (Thanh Hóa 2018 Điều 11.2: "thông qua Trưởng Ban Chỉ đạo"): {reviewedOn, note}, as the member holding that role on reviewedOn; required before the appropriation there.',
    status: 200,
    roles: RoleGroups.tenantParticipants,
    body: ReviewEstimateBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  review(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'ReviewEstimate', ...parse(ReviewEstimateBody, body) }, expected);
  }

  @Change('POST', ':budgetId/estimate/appraisal', {
    operationId: 'appraiseBudgetEstimate',
    summary: 'Record Sở Tài chính\'s appraisal: {appraisedOn, lines: [{lineId, amount, comment}], comments}; a finance-department grant.',
    status: 200,
    roles: RoleGroups.financeDepartment,
    body: AppraiseEstimateBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  appraise(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'AppraiseEstimate', ...parse(AppraiseEstimateBody, body) }, expected);
  }

  @Change('POST', ':budgetId/appropriation', {
    operationId: 'appropriateBudget',
    summary:
      'Record the appropriation: {decision, lines, ceiling}. After the steps the regulation sets (submitted; appraised where Sở Tài chính appraises; Kiên Giang 2008 Điều 12: within the ceiling of Sở TTTT\'s operating budget), else 422 with rule and article.',
    status: 200,
    body: AppropriateBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  appropriate(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'Appropriate', ...parse(AppropriateBody, body) }, expected);
  }

  @Change('POST', ':budgetId/supplements', { operationId: 'supplementBudget', summary: 'A supplementary appropriation by decision: {decision, lines, ceiling}; new lines need a category and a title.', status: 200, body: AppropriateBody, response: BudgetViewSchema, ifMatch: 'the budget' })
  supplement(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'SupplementAppropriation', ...parse(AppropriateBody, body) }, expected);
  }

  @Change('POST', ':budgetId/reallocations', { operationId: 'reallocateBudget', summary: 'Move appropriation between lines by decision: {decision, fromLineId, toLineId, amount}; never more than remains unspent on the line it leaves.', status: 200, body: ReallocateBody, response: BudgetViewSchema, ifMatch: 'the budget' })
  reallocate(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'ReallocateAppropriation', ...parse(ReallocateBody, body) }, expected);
  }

  @Change('POST', ':budgetId/expenditures', {
    operationId: 'recordExpenditure',
    summary:
      'Record an expenditure: {lineId, amount, spentOn, voucher, payee, description, specialExpenditureId}. 422 with its rule when it exceeds what remains on the line (BUDGET-line-remaining), the year is settled (BUDGET-settled), the amount is not a positive whole number of đồng (BUDGET-amount), or a special expenditure is not approved.',
    body: ExpenditureBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  spend(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'RecordExpenditure', ...parse(ExpenditureBody, body) }, expected, 'expenditures');
  }

  @Change('POST', ':budgetId/settlement', { operationId: 'submitBudgetSettlement', summary: 'Submit the year\'s settlement (quyết toán): {submittedOn}; spending stops.', status: 200, body: SubmitSettlementBody, response: BudgetViewSchema, ifMatch: 'the budget' })
  settle(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'SubmitSettlement', ...parse(SubmitSettlementBody, body) }, expected);
  }

  @Change('POST', ':budgetId/settlement/approval', {
    operationId: 'approveBudgetSettlement',
    summary: 'Record the finance department\'s approval of the settlement: {approvedOn, decision}; the year is closed.',
    status: 200,
    roles: RoleGroups.financeDepartment,
    body: ApproveSettlementBody,
    response: BudgetViewSchema,
    ifMatch: 'the budget',
  })
  approveSettlement(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'ApproveSettlement', ...parse(ApproveSettlementBody, body) }, expected);
  }

  @Change('POST', ':budgetId/corrections', { operationId: 'correctBudgetSettlement', summary: 'After the settlement is approved, change what was spent on a line only by a new decision: {decision, lineId, amount (signed), reason}.', status: 200, body: CorrectionBody, response: BudgetViewSchema, ifMatch: 'the budget' })
  correct(@Param() params: Params, @Body() body: unknown, @IfMatch() expected: number | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<BudgetView> {
    return this.change(reply, params, { type: 'CorrectSettlement', ...parse(CorrectionBody, body) }, expected);
  }

  private async change(reply: FastifyReply, params: Params, request: BudgetRequest, expected: number | undefined, created?: string): Promise<BudgetView> {
    const { budget, createdId }: BudgetChange = await this.commands.execute(new ChangeBudget(params.tenant, idParam(params.budgetId, 'Budget'), request, expected));
    if (created && createdId) reply.header('location', `/api/tenants/${params.tenant}/budget/years/${budget.budgetId}/${created}/${createdId}`);
    return withEtag(reply, budget.version, budget);
  }

  private async export(params: Params, query: unknown, what: BudgetExport, reply: FastifyReply): Promise<void> {
    const asOf = parse(ExecutionQuerySchema, query).asOf ?? null;
    const file = await this.queries.execute(new ExportBudgetQuery({ tenant: params.tenant, budgetId: idParam(params.budgetId, 'Budget'), asOf, today: vietnamDateOf(this.clock.now()), what }));
    await sendFile(reply, file);
  }
}
