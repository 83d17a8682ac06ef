// KPI 7 (RULES.md §6.7), two values from the budget fold as of the period's end, for the budgets of the period's
// fiscal year: budget execution, spent (corrections after settlement included) ÷ appropriated, in whole đồng as
// decimal strings, per line and in total; and special expenditures (no norm exists, TH2018 Điều 11.2: the chair
// decides) spent with the chair's approval ÷ all special expenditures proposed. Percentages cut off at two decimals
// (percentOf, bigint: never a JavaScript number). Pure.
import { addDong, lineExecution, percentOf } from '../tenant-state/budgets.js';
import { eventsNaming, type Kpi, type KpiBreakdown, type KpiInput } from './kpi.js';

export const KPI_07_BUDGET = {
  id: 'kpi-07-budget',
  name: 'Tỷ lệ thực hiện dự toán kinh phí',
  rule: 'Kinh phí đã chi ÷ kinh phí được giao, theo từng năm ngân sách và từng dòng dự toán (đồng, số nguyên).',
  citation: 'RULES.md §6 mục 7',
} as const;

export const KPI_07_SPECIAL = {
  id: 'kpi-07-special',
  name: 'Tỷ lệ khoản chi đặc thù được Trưởng ban phê duyệt',
  rule: 'Khoản chi đặc thù (chưa có định mức) đã chi có phê duyệt của Trưởng ban ÷ tất cả khoản chi đặc thù được đề xuất trong năm.',
  citation: 'RULES.md §6 mục 7; Điều 11 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018 (Thanh Hóa)',
} as const;

export function kpi07Budget({ state, period, events }: KpiInput): Kpi {
  const budgets = Object.values(state.budgets)
    .filter((b) => b.fiscalYear === period.year)
    .sort((a, b) => a.budgetId.localeCompare(b.budgetId));
  let appropriated = '0';
  let spent = '0';
  const breakdown: KpiBreakdown[] = [];
  for (const budget of budgets) {
    for (const line of budget.lines) {
      const execution = lineExecution(line);
      appropriated = addDong(appropriated, execution.appropriated);
      spent = addDong(spent, execution.spent);
      breakdown.push({ label: `line:${budget.budgetId}/${line.lineId}`, value: `${execution.spent}/${execution.appropriated}` });
    }
  }
  return {
    ...KPI_07_BUDGET,
    value: percentOf(spent, appropriated),
    numerator: spent,
    denominator: appropriated,
    target: null,
    breakdown,
    drillDown: eventsNaming(events, 'budgetId', budgets.map((b) => b.budgetId)),
  };
}

export function kpi07Special({ state, period, events }: KpiInput): Kpi {
  const specials = Object.values(state.budgets)
    .filter((b) => b.fiscalYear === period.year)
    .flatMap((b) => Object.values(b.specialExpenditures))
    .sort((a, b) => a.specialExpenditureId.localeCompare(b.specialExpenditureId));
  const approvedSpent = specials.filter((s) => s.status === 'approved' && BigInt(s.spent) > 0n);
  return {
    ...KPI_07_SPECIAL,
    value: percentOf(String(approvedSpent.length), String(specials.length)),
    numerator: String(approvedSpent.length),
    denominator: String(specials.length),
    target: null,
    breakdown: specials.map((s) => ({ label: `special:${s.specialExpenditureId}`, value: `${s.status}; ${s.spent}/${s.approvedAmount ?? s.amount}` })),
    drillDown: eventsNaming(events, 'specialExpenditureId', specials.map((s) => s.specialExpenditureId)),
  };
}

