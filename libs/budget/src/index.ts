export * from './domain/rules.js';
export * from './domain/fiscal-year/fiscal-year.js';
export * from './domain/fiscal-year/fiscal-year.decider.js';
export * from './domain/fiscal-year/checks.js';
export * from './budget.module.js';
export { budgetProjection, BUDGET_PROJECTION_ID } from './read-model/budget.projection.js';
export { foldBudget, executionOf, rateOf, type BudgetView, type Execution } from './read-model/budget.view.js';
