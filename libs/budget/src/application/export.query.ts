// A budget's execution and expenditures as CSV or XLSX (export/budget.export.ts), as of a day, with the names the
// events do not carry (the holding agency through MEMBERSHIP_DIRECTORY, the province through the access directory).
import { Inject, Optional } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { LocalDate } from '@bcd/calendar';
import { ACCESS_DIRECTORY, type AccessDirectory } from '@bcd/auth';
import { MEMBERSHIP_DIRECTORY, type MembershipDirectory } from '@bcd/contracts';
import { ReadModelDatabase } from '@bcd/service-host';
import { budgetXlsx, executionCsv, expendituresCsv } from '../export/budget.export.js';
import { budgetOf } from '../read-model/budget.query.js';
import { executionOf } from '../read-model/budget.view.js';

export type BudgetExport = { table: 'execution' | 'expenditures'; format: 'csv' } | { table: 'all'; format: 'xlsx' };

const MEDIA_TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

export class ExportBudgetQuery extends Query<{ fileName: string; mediaType: string; content: Buffer }> {
  constructor(readonly params: { tenant: string; budgetId: string; asOf: LocalDate | null; today: LocalDate; what: BudgetExport }) {
    super();
  }
}

@QueryHandler(ExportBudgetQuery)
export class ExportBudgetHandler implements IQueryHandler<ExportBudgetQuery> {
  constructor(
    private readonly db: ReadModelDatabase,
    @Inject(ACCESS_DIRECTORY) private readonly access: AccessDirectory,
    @Optional() @Inject(MEMBERSHIP_DIRECTORY) private readonly directory?: MembershipDirectory,
  ) {}

  async execute({ params: { tenant, budgetId, asOf, today, what } }: ExportBudgetQuery) {
    const budget = await this.db.read((tx) => budgetOf(tx, tenant, budgetId));
    const execution = executionOf(budget, asOf);
    const expenditures = budget.expenditures.filter((e) => asOf === null || e.spentOn <= asOf);
    const base = `ngan-sach-${tenant}-${budget.fiscalYear}`;
    if (what.format === 'csv') {
      const content = what.table === 'execution' ? executionCsv(execution) : expendituresCsv(expenditures);
      return { fileName: `${base}-${what.table === 'execution' ? 'thuc-hien' : 'cac-khoan-chi'}.csv`, mediaType: MEDIA_TYPES.csv, content };
    }
    const stamp = asOf ?? today;
    const [names, province] = await Promise.all([
      this.directory ? this.directory.agencyNames(tenant, [budget.holderAgencyId], stamp) : new Map<string, string>(),
      this.access.findTenant(tenant),
    ]);
    const meta = { tenantName: province?.name ?? tenant, holderName: names.get(budget.holderAgencyId) ?? budget.holderAgencyId, fiscalYear: budget.fiscalYear, asOf, stamp };
    return { fileName: `${base}.xlsx`, mediaType: MEDIA_TYPES.xlsx, content: await budgetXlsx(execution, expenditures, meta) };
  }
}
