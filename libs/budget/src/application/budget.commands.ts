// Budget commands on a fiscal year's stream: each request becomes the domain command with what it needs from
// elsewhere — the regulation in force on the fact's date (the kit's Regulations), the caller's seat on the
// roster of the day for the chair's decision (the kit's Caller, through ROSTERS) — and the ids the runner makes.
// The budget of a year is named by the tenant, the year and the holding agency (one per agency and year).
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { NotFound, type CommandInput } from '@bcd/kernel';
import { regulationSpanOn, type Decision } from '@bcd/regulation';
import type { FundingSource } from '@bcd/contracts';
import { Caller, CommandRunner, ReadModelDatabase, Regulations } from '@bcd/service-host';
import { budgetAggregate, budgetIdOf, type BudgetCommand } from '../domain/fiscal-year/fiscal-year.decider.js';
import type { LineInput } from '../domain/fiscal-year/checks.js';
import type { AmountInput } from '../domain/rules.js';
import { budgetOf } from '../read-model/budget.query.js';
import type { BudgetView } from '../read-model/budget.view.js';

export type BudgetRequest =
  | { type: 'OpenBudget'; fiscalYear: number; holderAgencyId: string; source: FundingSource; openedOn: LocalDate }
  | { type: 'DraftEstimate'; draftedOn: LocalDate; lines: LineInput[] }
  | { type: 'SubmitEstimate'; submittedOn: LocalDate }
  | { type: 'ReviewEstimate'; reviewedOn: LocalDate; note: string | null }
  | { type: 'AppraiseEstimate'; appraisedOn: LocalDate; lines: { lineId: string; amount: AmountInput; comment: string | null }[]; comments: string | null }
  | { type: 'Appropriate'; decision: Decision; lines: LineInput[]; ceiling: AmountInput | null }
  | { type: 'SupplementAppropriation'; decision: Decision; lines: LineInput[]; ceiling: AmountInput | null }
  | { type: 'ReallocateAppropriation'; decision: Decision; fromLineId: string; toLineId: string; amount: AmountInput }
  | { type: 'RecordExpenditure'; lineId: string; amount: AmountInput; spentOn: LocalDate; voucher: string; payee: string; description: string; specialExpenditureId: string | null }
  | { type: 'ProposeSpecialExpenditure'; lineId: string; title: string; amount: AmountInput; reason: string; proposedOn: LocalDate }
  | { type: 'CoordinateSpecialExpenditure'; specialExpenditureId: string; coordinatedOn: LocalDate; agrees: boolean; agreedAmount: AmountInput | null; opinion: string }
  | { type: 'DecideSpecialExpenditure'; specialExpenditureId: string; decidedOn: LocalDate; approved: boolean; approvedAmount: AmountInput | null; note: string | null }
  | { type: 'AssignUnplannedTask'; description: string; assignment: Decision; assignedOn: LocalDate }
  | { type: 'ProposeUnplannedTaskFunding'; taskId: string; amount: AmountInput; proposedOn: LocalDate }
  | { type: 'DecideUnplannedTaskFunding'; taskId: string; decision: Decision; funded: boolean; amount: AmountInput | null }
  | { type: 'SubmitSettlement'; submittedOn: LocalDate }
  | { type: 'ApproveSettlement'; approvedOn: LocalDate; decision: Decision }
  | { type: 'CorrectSettlement'; decision: Decision; lineId: string; amount: AmountInput; reason: string };

/** What a change made: the budget after it and, for a request that creates something, its id. */
export interface BudgetChange {
  budget: BudgetView;
  createdId: string | null;
}

export class ChangeBudget extends Command<BudgetChange> {
  constructor(
    readonly tenant: string,
    /** Absent only when opening a budget (its id is made from the year and the holder). */
    readonly budgetId: string | undefined,
    readonly request: BudgetRequest,
    readonly expected?: number,
  ) {
    super();
  }
}

@CommandHandler(ChangeBudget)
export class BudgetCommands implements ICommandHandler<ChangeBudget> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly regulations: Regulations,
    private readonly caller: Caller,
    private readonly db: ReadModelDatabase,
  ) {}

  async execute({ tenant, budgetId, request, expected }: ChangeBudget): Promise<BudgetChange> {
    const id = budgetId ?? (request.type === 'OpenBudget' ? budgetIdOf(tenant, request.fiscalYear, request.holderAgencyId) : undefined);
    if (id === undefined) throw new NotFound('Budget');
    let createdId: string | null = null;
    await this.runner.run(budgetAggregate, { tenantId: tenant, id, expectedVersion: expected }, async ({ newId }) => {
      const { command, created } = await this.build(tenant, id, request, newId);
      createdId = created;
      return command;
    });
    return { budget: await this.db.read((tx) => budgetOf(tx, tenant, id)), createdId };
  }

  private async build(tenant: string, budgetId: string, request: BudgetRequest, newId: () => string): Promise<{ command: CommandInput<BudgetCommand>; created: string | null }> {
    const regulation = async (date: LocalDate) => regulationSpanOn(await this.regulations.adoptions(tenant), date);
    const plain = (command: CommandInput<BudgetCommand>) => ({ command, created: null });
    switch (request.type) {
      case 'OpenBudget': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId, regulation: await regulation(data.openedOn) } });
      }
      case 'DraftEstimate': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId, regulation: await regulation(data.draftedOn) } });
      }
      case 'SubmitEstimate': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId, regulation: await regulation(data.submittedOn) } });
      }
      case 'ReviewEstimate': {
        const { type, ...data } = request;
        const seat = await this.caller.seatOn(tenant, data.reviewedOn, 'Reviewing the estimate');
        return plain({ type, data: { ...data, budgetId, reviewedBy: { memberId: seat.memberId, role: seat.role }, regulation: await regulation(data.reviewedOn) } });
      }
      case 'AppraiseEstimate': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId } });
      }
      case 'Appropriate': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId, regulation: await regulation(data.decision.date) } });
      }
      case 'SupplementAppropriation': {
        const { type, ...data } = request;
        const supplementId = newId();
        return { command: { type, data: { ...data, budgetId, supplementId, regulation: await regulation(data.decision.date) } }, created: supplementId };
      }
      case 'ReallocateAppropriation': {
        const { type, ...data } = request;
        const reallocationId = newId();
        return { command: { type, data: { ...data, budgetId, reallocationId } }, created: reallocationId };
      }
      case 'RecordExpenditure': {
        const { type, ...data } = request;
        const expenditureId = newId();
        return { command: { type, data: { ...data, budgetId, expenditureId, regulation: await regulation(data.spentOn) } }, created: expenditureId };
      }
      case 'ProposeSpecialExpenditure': {
        const { type, ...data } = request;
        const specialExpenditureId = newId();
        return { command: { type, data: { ...data, budgetId, specialExpenditureId, regulation: await regulation(data.proposedOn) } }, created: specialExpenditureId };
      }
      case 'CoordinateSpecialExpenditure': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId } });
      }
      case 'DecideSpecialExpenditure': {
        const { type, ...data } = request;
        const seat = await this.caller.seatOn(tenant, data.decidedOn, 'Deciding a special expenditure');
        return plain({ type, data: { ...data, budgetId, decidedBy: { memberId: seat.memberId, role: seat.role }, regulation: await regulation(data.decidedOn) } });
      }
      case 'AssignUnplannedTask': {
        const { type, ...data } = request;
        const taskId = newId();
        return { command: { type, data: { ...data, budgetId, taskId, regulation: await regulation(data.assignedOn) } }, created: taskId };
      }
      case 'ProposeUnplannedTaskFunding': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId, regulation: await regulation(data.proposedOn) } });
      }
      case 'DecideUnplannedTaskFunding': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId } });
      }
      case 'SubmitSettlement': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId, regulation: await regulation(data.submittedOn) } });
      }
      case 'ApproveSettlement': {
        const { type, ...data } = request;
        return plain({ type, data: { ...data, budgetId } });
      }
      case 'CorrectSettlement': {
        const { type, ...data } = request;
        const correctionId = newId();
        return { command: { type, data: { ...data, budgetId, correctionId } }, created: correctionId };
      }
      default: {
        const _exhaustive: never = request;
        return _exhaustive;
      }
    }
  }
}
