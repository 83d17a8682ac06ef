// Given a budget's events, then its view: the decisions that moved money with their dates, execution as of a day,
// the rate in integer arithmetic, and amounts exact at any size; then the exports drawn from it.
import ExcelJS from 'exceljs';
import { LocalDate } from '@bcd/calendar';
import { BUDGET_EVENT_DATA } from '@bcd/contracts';
import { parseCsv } from '@bcd/service-host/testing';
import type { BudgetEvent } from '../domain/fiscal-year/fiscal-year.js';
import { budgetXlsx, executionCsv, expendituresCsv, EXECUTION_SHEET_NAME, EXPENDITURES_SHEET_NAME } from '../export/budget.export.js';
import { executionOf, foldBudget, rateOf, type BudgetView } from './budget.view.js';

const id = (n: number) => `01960000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const budgetId = id(1);
const rule = { packId: 'thanh-hoa-2018', decisionNumber: '4095/QĐ-BCĐ', effectiveFrom: '2018-10-19', article: 'Điều 11 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018' };
const HUGE = '9007199254740993123';

// Each event as its published contract reads it (dates become LocalDate).
const events: BudgetEvent[] = (
  [
  { type: 'BudgetOpened', data: { budgetId, fiscalYear: 2019, holderAgencyId: id(300), source: 'standing-agency-budget', openedOn: '2018-11-01', regulation: rule } },
  {
    type: 'Appropriated',
    data: {
      budgetId,
      decision: { number: '5000/QĐ-UBND', date: '2018-12-20' },
      lines: [
        { lineId: 'hanh-chinh', category: 'hanh-chinh', title: 'Chi hành chính', amount: '300000000' },
        { lineId: 'hoi-nghi', category: 'hoi-nghi', title: 'Hội nghị, hội thảo', amount: HUGE },
      ],
      total: (300000000n + BigInt(HUGE)).toString(),
      ceiling: null,
      regulation: rule,
    },
  },
  { type: 'AppropriationReallocated', data: { budgetId, reallocationId: id(10), decision: { number: '120/QĐ-STTTT', date: '2019-06-01' }, fromLineId: 'hanh-chinh', toLineId: 'hoi-nghi', amount: '50000000' } },
  {
    type: 'ExpenditureRecorded',
    data: { budgetId, expenditureId: id(20), lineId: 'hanh-chinh', amount: '100000000', spentOn: '2019-03-15', voucher: 'PC-01', payee: 'Công ty A', description: 'Văn phòng phẩm', specialExpenditureId: null, decidedBy: null },
  },
  {
    type: 'ExpenditureRecorded',
    data: { budgetId, expenditureId: id(21), lineId: 'hoi-nghi', amount: '9007199254740993000', spentOn: '2019-09-10', voucher: 'PC-02', payee: '=cmd|calc', description: 'Hội nghị sơ kết', specialExpenditureId: null, decidedBy: null },
  },
  ] as { type: keyof typeof BUDGET_EVENT_DATA; data: unknown }[]
).map((e) => ({ type: e.type, data: BUDGET_EVENT_DATA[e.type].parse(e.data) }) as BudgetEvent);

const view = events.reduce<BudgetView | null>((v, e, i) => foldBudget(v, e, i + 1), null)!;

describe('the budget view', () => {
  it('keeps every line with what was appropriated, spent and remains, exact beyond 2^53', () => {
    expect(view.version).toBe(5);
    expect(view.stage).toBe('appropriated');
    expect(view.execution.lines).toEqual([
      { lineId: 'hanh-chinh', category: 'hanh-chinh', title: 'Chi hành chính', appropriated: '250000000', spent: '100000000', remaining: '150000000', rate: '40.00' },
      { lineId: 'hoi-nghi', category: 'hoi-nghi', title: 'Hội nghị, hội thảo', appropriated: '9007199254790993123', spent: '9007199254740993000', remaining: '50000123', rate: '100.00' },
    ]);
    expect(view.execution.totals).toEqual({ appropriated: '9007199255040993123', spent: '9007199254840993000', remaining: '200000123', rate: '100.00' });
  });

  it('reads execution as of a day: decisions signed and money spent by then', () => {
    const may = executionOf(view, LocalDate.parse('2019-05-31'));
    expect(may.lines.map((l) => [l.lineId, l.appropriated, l.spent])).toEqual([
      ['hanh-chinh', '300000000', '100000000'],
      ['hoi-nghi', HUGE, '0'],
    ]);
    expect(executionOf(view, LocalDate.parse('2018-12-01')).lines).toEqual([]);
  });

  it('computes the rate in per cent with two decimals, rounded half up, without a float', () => {
    expect(rateOf(1n, 3n)).toBe('33.33');
    expect(rateOf(2n, 3n)).toBe('66.67');
    expect(rateOf(1n, 8n)).toBe('12.50');
    expect(rateOf(0n, 5n)).toBe('0.00');
    expect(rateOf(5n, 0n)).toBeNull();
    expect(rateOf(BigInt(HUGE) - 1n, BigInt(HUGE))).toBe('100.00');
  });

  it('ignores events of a budget it never saw opened', () => {
    expect(foldBudget(null, events[1], 2)).toBeNull();
  });
});

describe('the budget exports', () => {
  it('writes execution as CSV with a BOM, Vietnamese headers, exact digits and a total row', () => {
    const csv = executionCsv(view.execution);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual(['Mã dòng', 'Nhóm chi', 'Nội dung', 'Dự toán được giao (đồng)', 'Đã chi (đồng)', 'Còn lại (đồng)', 'Tỷ lệ thực hiện (%)']);
    expect(rows[2]).toEqual(['hoi-nghi', 'hoi-nghi', 'Hội nghị, hội thảo', '9007199254790993123', '9007199254740993000', '50000123', '100.00']);
    expect(rows[3]).toEqual(['', '', 'Tổng cộng', '9007199255040993123', '9007199254840993000', '200000123', '100.00']);
  });

  it('keeps a payee Excel would run as a formula inert in the expenditures CSV', () => {
    const rows = parseCsv(expendituresCsv(view.expenditures).subarray(3).toString('utf8'));
    expect(rows[2]).toEqual(['10/09/2019', 'hoi-nghi', '9007199254740993000', 'PC-02', "'=cmd|calc", 'Hội nghị sơ kết', '']);
  });

  it('writes amounts as number cells where a double holds them exactly, and as text of their digits beyond', async () => {
    const meta = { tenantName: 'Tỉnh Thanh Hóa', holderName: 'Sở Thông tin và Truyền thông', fiscalYear: 2019, asOf: null, stamp: '2019-12-31' };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await budgetXlsx(view.execution, view.expenditures, meta)) as never);
    const execution = workbook.getWorksheet(EXECUTION_SHEET_NAME)!;
    expect(execution.getCell(1, 1).value).toBe('Tình hình thực hiện dự toán năm 2019 — Sở Thông tin và Truyền thông, Tỉnh Thanh Hóa');
    expect(execution.getRow(4).getCell(4).value).toBe(250000000);
    expect(execution.getRow(4).getCell(4).numFmt).toBe('#,##0');
    expect(execution.getRow(5).getCell(4).value).toBe('9007199254790993123');
    expect(execution.getRow(5).getCell(6).value).toBe(50000123);
    const spending = workbook.getWorksheet(EXPENDITURES_SHEET_NAME)!;
    expect(spending.getRow(4).getCell(1).value).toEqual(new Date('2019-03-15T00:00:00.000Z'));
    expect(spending.getRow(5).getCell(3).value).toBe('9007199254740993000');
  });
});
