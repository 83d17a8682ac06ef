// Funding for unplanned tasks UBND tỉnh assigns (Phú Thọ 2022 Điều 11.3: "Trường hợp có phát sinh các nhiệm vụ được
// giao việc đột xuất của UBND tỉnh, Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính trình cấp có
// thẩm quyền xem xét, quyết định"): the task as assigned (by decision) → the funding proposed by the standing agency
// with Sở Tài chính → the competent authority's decision, which funds it (a line of its own, the task's id) or
// not. Not a special expenditure (RULES.md §4). Where the regulation in force has no such flow, nothing is assigned.
import type { LocalDate } from '@bcd/calendar';
import type { Command } from '@bcd/kernel';
import type { Decision, RegulationSpan } from '@bcd/regulation';
import { dong, refuse, refuseByRegulation, Rules, type AmountInput } from '../rules.js';
import { packOn, ruleData, unsettled } from './checks.js';
import type { BudgetEvent, BudgetState, OpenBudget, UnplannedTask } from './fiscal-year.js';

export type AssignUnplannedTask = Command<
  'AssignUnplannedTask',
  { budgetId: string; taskId: string; description: string; assignment: Decision; assignedOn: LocalDate; regulation: RegulationSpan | undefined }
>;
export type ProposeUnplannedTaskFunding = Command<'ProposeUnplannedTaskFunding', { budgetId: string; taskId: string; amount: AmountInput; proposedOn: LocalDate; regulation: RegulationSpan | undefined }>;
export type DecideUnplannedTaskFunding = Command<'DecideUnplannedTaskFunding', { budgetId: string; taskId: string; decision: Decision; funded: boolean; amount: AmountInput | null }>;

export function assignUnplannedTask({ data }: AssignUnplannedTask, state: BudgetState): BudgetEvent[] {
  const budget = unsettled(state, data.budgetId);
  if (budget.tasks[data.taskId] || budget.lines[data.taskId]) throw refuse(Rules.special, `Unplanned task ${data.taskId} is already recorded.`);
  const pack = packOn(data.regulation, data.assignedOn);
  if (pack.budget.unplannedTasks.kind === 'none') {
    throw refuseByRegulation(pack, 'budget.unplannedTasks', 'The regulation in force has no flow for funding unplanned tasks assigned by UBND tỉnh.');
  }
  const { regulation: _r, ...rest } = data;
  return [{ type: 'UnplannedTaskAssigned', data: { ...rest, regulation: ruleData(data.regulation, 'unplannedTasks') } }];
}

export function proposeUnplannedTaskFunding({ data }: ProposeUnplannedTaskFunding, state: BudgetState): BudgetEvent[] {
  const task = taskOf(unsettled(state, data.budgetId), data.taskId);
  if (task.status !== 'assigned') throw refuse(Rules.special, `The funding of unplanned task ${data.taskId} was already proposed.`);
  const pack = packOn(data.regulation, data.proposedOn);
  const flow = pack.budget.unplannedTasks;
  if (flow.kind === 'none') throw refuseByRegulation(pack, 'budget.unplannedTasks', 'The regulation in force has no flow for funding unplanned tasks assigned by UBND tỉnh.');
  const amount = dong(data.amount, 'amount');
  return [{ type: 'UnplannedTaskFundingProposed', data: { budgetId: data.budgetId, taskId: data.taskId, amount: amount.toString(), proposedOn: data.proposedOn, coordinatedWith: flow.coordinatesWith } }];
}

export function decideUnplannedTaskFunding({ data }: DecideUnplannedTaskFunding, state: BudgetState): BudgetEvent[] {
  const task = taskOf(unsettled(state, data.budgetId), data.taskId);
  if (task.status === 'assigned') throw refuse(Rules.special, `The funding of unplanned task ${data.taskId} has not been proposed.`);
  if (task.status !== 'proposed') throw refuse(Rules.special, `The funding of unplanned task ${data.taskId} was already decided.`);
  if (!data.funded && data.amount !== null) throw refuse(Rules.special, 'A decision not to fund names no amount.');
  const amount = data.funded ? dong(data.amount ?? '', 'amount').toString() : null;
  return [{ type: 'UnplannedTaskFundingDecided', data: { budgetId: data.budgetId, taskId: data.taskId, decision: data.decision, funded: data.funded, amount } }];
}

function taskOf(budget: OpenBudget, taskId: string): UnplannedTask {
  const task = budget.tasks[taskId];
  if (!task) throw refuse(Rules.special, `The ${budget.fiscalYear} budget has no unplanned task ${taskId}.`);
  return task;
}
