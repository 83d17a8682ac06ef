// A budget's execution and spending, exported for the secretariat and the finance department who open it in Excel:
// execution per line (appropriated, spent, remaining, rate) with a total row, and the expenditures; as CSV (one
// table each) or as one XLSX with both sheets, by the kit's table export. Amounts go from the view's decimal
// strings to bigint to the file: no float on the way (XLSX number cells only where a double is exact).
import { LocalDate } from '@bcd/calendar';
import { formatWallDate, tableCsv, tableXlsx, type TableColumn, type TableSheet } from '@bcd/service-host';
import type { Execution, ExecutionLine, ExpenditureView } from '../read-model/budget.view.js';

export interface BudgetExportMeta {
  tenantName: string;
  holderName: string;
  fiscalYear: number;
  /** The day execution is read as of (YYYY-MM-DD), or null for everything recorded. */
  asOf: string | null;
  /** The day the export stands for, for the document's dates (never the clock). */
  stamp: string;
}

export const EXECUTION_SHEET_NAME = 'Tình hình thực hiện';
export const EXPENDITURES_SHEET_NAME = 'Các khoản chi';

const day = (date: string): Date => new Date(`${LocalDate.parse(date, 'date')}T00:00:00.000Z`);

export const EXECUTION_COLUMNS: readonly TableColumn<ExecutionLine>[] = [
  { header: 'Mã dòng', width: 16, value: (l) => l.lineId },
  { header: 'Nhóm chi', width: 24, value: (l) => l.category },
  { header: 'Nội dung', width: 48, value: (l) => l.title },
  { header: 'Dự toán được giao (đồng)', width: 22, format: 'money', value: (l) => BigInt(l.appropriated) },
  { header: 'Đã chi (đồng)', width: 22, format: 'money', value: (l) => BigInt(l.spent) },
  { header: 'Còn lại (đồng)', width: 22, format: 'money', value: (l) => BigInt(l.remaining) },
  { header: 'Tỷ lệ thực hiện (%)', width: 14, format: 'percent', value: (l) => l.rate },
];

export const EXPENDITURE_COLUMNS: readonly TableColumn<ExpenditureView>[] = [
  { header: 'Ngày chi', width: 12, format: 'date', value: (e) => day(e.spentOn) },
  { header: 'Mã dòng', width: 16, value: (e) => e.lineId },
  { header: 'Số tiền (đồng)', width: 22, format: 'money', value: (e) => BigInt(e.amount) },
  { header: 'Số chứng từ', width: 16, value: (e) => e.voucher },
  { header: 'Người nhận', width: 30, value: (e) => e.payee },
  { header: 'Nội dung chi', width: 48, value: (e) => e.description },
  { header: 'Chi đặc thù', width: 12, value: (e) => (e.specialExpenditureId === null ? null : 'Có') },
];

/** Execution's lines and a last row with the totals. */
function executionRows(execution: Execution): ExecutionLine[] {
  const { appropriated, spent, remaining, rate } = execution.totals;
  return [...execution.lines, { lineId: '', category: '', title: 'Tổng cộng', appropriated, spent, remaining, rate }];
}

export function executionCsv(execution: Execution): Buffer {
  return tableCsv(EXECUTION_COLUMNS, executionRows(execution));
}

export function expendituresCsv(expenditures: readonly ExpenditureView[]): Buffer {
  return tableCsv(EXPENDITURE_COLUMNS, expenditures);
}

/** One workbook: execution, then the expenditures recorded up to the same day. */
export function budgetXlsx(execution: Execution, expenditures: readonly ExpenditureView[], meta: BudgetExportMeta): Promise<Buffer> {
  const asOf = meta.asOf === null ? 'toàn bộ số liệu đã ghi nhận' : `tính đến ngày ${formatWallDate(day(meta.asOf))}`;
  const sheets: TableSheet<unknown>[] = [
    { name: EXECUTION_SHEET_NAME, title: `Tình hình thực hiện dự toán năm ${meta.fiscalYear} — ${meta.holderName}, ${meta.tenantName}`, subtitle: asOf, columns: EXECUTION_COLUMNS, rows: executionRows(execution) } as TableSheet<unknown>,
    { name: EXPENDITURES_SHEET_NAME, title: `Các khoản chi năm ${meta.fiscalYear} — ${meta.holderName}`, subtitle: asOf, columns: EXPENDITURE_COLUMNS, rows: expenditures } as TableSheet<unknown>,
  ];
  return tableXlsx(sheets, new Date(`${LocalDate.parse(meta.stamp, 'stamp')}T00:00:00+07:00`));
}
