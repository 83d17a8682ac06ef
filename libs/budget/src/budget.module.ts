import { Module } from '@nestjs/common';
import { Caller, readModelProvider, Regulations } from '@bcd/service-host';
import { BudgetCommands } from './application/budget.commands.js';
import { ExportBudgetHandler } from './application/export.query.js';
import { BudgetController } from './http/budget.controller.js';
import { SpecialExpendituresController } from './http/special.controller.js';
import { budgetItemQueryHandlers } from './read-model/budget-items.query.js';
import { budgetProjection } from './read-model/budget.projection.js';
import { budgetQueryHandlers } from './read-model/budget.query.js';

/**
 * Budget: a fiscal year's budget per holding agency from estimate to settlement, judged by the regulation in force
 * on each fact's date; special expenditures and unplanned tasks; execution and exports. Runs on the host kit; reads
 * the regulations (REGULATIONS_IN_FORCE), the roster and who the caller is (ROSTERS) and names (MEMBERSHIP_DIRECTORY,
 * optional) through ports, never another context's tables.
 */
@Module({
  controllers: [SpecialExpendituresController, BudgetController],
  providers: [readModelProvider(budgetProjection), Regulations, Caller, BudgetCommands, ExportBudgetHandler, ...budgetQueryHandlers, ...budgetItemQueryHandlers],
})
export class BudgetModule {}
