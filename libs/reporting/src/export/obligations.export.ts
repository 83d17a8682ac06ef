// A period's report obligations and their status, exported for a province's secretariat (Tổ giúp việc)
// who opens the file in Excel: as CSV (one header row then data, so that it parses as a table anywhere)
// and as XLSX (a title, the range, then the same table with real dates and numbers). Both are drawn from
// one list of columns, so the two files cannot differ in wording or order. Every text is normalised to
// NFC: text in NFD form sorts, filters and searches apart from the same words typed in Excel. Times are
// Vietnam's wall clock (UTC+07:00 all year), computed from the instant, never from the machine's zone;
// nothing here reads the clock, so the same rows and meta give the same content.
import { LocalDate, parseInstant } from '@bcd/calendar';
import { formatWallDate, tableCsv, tableXlsx, type TableColumn } from '@bcd/service-host';

export interface ObligationExportRow {
  /** The agency's name ('Sở Thông tin và Truyền thông') or the committee body ('Tổ giúp việc'). */
  reporter: string;
  report: 'member-report' | 'activity-report' | 'ad-hoc';
  /** '2019-Q3', '2019-H1', '2019-01', '2019'; null for an ad hoc report. */
  period: string | null;
  /** Ad hoc: what was asked. */
  subject: string | null;
  /** YYYY-MM-DD as the regulation words it. */
  literalDueDate: string;
  /** YYYY-MM-DD effective (rolled over a day off). */
  dueDate: string;
  /** The article, e.g. 'Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018'. */
  rule: string;
  status: 'open' | 'submitted' | 'returned' | 'accepted' | 'withdrawn';
  /** ISO instant of the (first) submission. */
  submittedAt: string | null;
  /** null: not submitted. */
  onTime: boolean | null;
  daysLateWorking: number | null;
  daysLateCalendar: number | null;
  /** Báo cáo 1270 bucket as of the export date. */
  bucket: 'done-on-time' | 'done-late' | 'not-done-in-time' | 'not-done-overdue' | null;
}

/** Dates YYYY-MM-DD. */
export interface ExportMeta {
  tenantName: string;
  from: string;
  to: string;
  asOf: string;
}

export const OBLIGATIONS_SHEET_NAME = 'Nghĩa vụ báo cáo';

export const REPORT_KIND_NAMES: Record<ObligationExportRow['report'], string> = {
  'member-report': 'Báo cáo định kỳ',
  'activity-report': 'Báo cáo hoạt động của Ban Chỉ đạo',
  'ad-hoc': 'Báo cáo đột xuất',
};

export const STATUS_NAMES: Record<ObligationExportRow['status'], string> = {
  open: 'Chưa nộp',
  submitted: 'Đã nộp, chờ tiếp nhận',
  returned: 'Trả lại để chỉnh sửa',
  accepted: 'Đã tiếp nhận',
  withdrawn: 'Đã hủy',
};

/** The four groups Báo cáo 1270 counts reports in. */
export const BUCKET_NAMES: Record<NonNullable<ObligationExportRow['bucket']>, string> = {
  'done-on-time': 'Hoàn thành đúng hạn',
  'done-late': 'Hoàn thành quá hạn',
  'not-done-in-time': 'Chưa hoàn thành, còn trong hạn',
  'not-done-overdue': 'Chưa hoàn thành, quá hạn',
};

const ROMAN = ['I', 'II', 'III', 'IV'];
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * A period as a table cell writes it: `2019-Q3` → `Quý III/2019`, `2019-H1` → `6 tháng đầu năm 2019`,
 * `2019-01` → `Tháng 01/2019`, `2019` → `Năm 2019`. Anything else is written as given.
 */
export function periodLabel(period: string): string {
  const year = period.slice(0, 4);
  const quarter = /^\d{4}-Q([1-4])$/.exec(period);
  if (quarter) return `Quý ${ROMAN[Number(quarter[1]) - 1]}/${year}`;
  const half = /^\d{4}-H([12])$/.exec(period);
  if (half) return `6 tháng ${half[1] === '1' ? 'đầu' : 'cuối'} năm ${year}`;
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.exec(period);
  if (month) return `Tháng ${month[1]}/${year}`;
  return /^\d{4}$/.test(period) ? `Năm ${year}` : period;
}

// ---------------------------------------------------------------------------------------------------------
// The columns both files draw (the kit's table export writes them). Dates are carried as a Date whose UTC
// fields are the wall date (and time) in Vietnam: exceljs writes a Date's UTC fields as the Excel serial, and
// the CSV prints the same fields.

/** A `YYYY-MM-DD` as midnight UTC of that day; refuses anything that is not a calendar date. */
function dayOf(date: string, path: string): Date {
  const checked = LocalDate.parse(date, path);
  return new Date(`${checked}T00:00:00.000Z`);
}

/** The wall clock in Vietnam at an ISO instant, as a Date whose UTC fields read that wall time. */
function vietnamWallTime(instant: string, path: string): Date {
  return new Date(parseInstant(instant, path).getTime() + VIETNAM_OFFSET_MS);
}

function periodCell(row: ObligationExportRow): string {
  if (row.report === 'ad-hoc') return row.subject ?? (row.period === null ? '' : periodLabel(row.period));
  return row.period === null ? (row.subject ?? '') : periodLabel(row.period);
}

const COLUMNS: readonly TableColumn<ObligationExportRow>[] = [
  { header: 'Đơn vị báo cáo', width: 36, value: (row) => row.reporter },
  { header: 'Loại báo cáo', width: 30, value: (row) => REPORT_KIND_NAMES[row.report] },
  { header: 'Kỳ báo cáo', width: 26, value: periodCell },
  { header: 'Hạn theo quy chế', width: 14, format: 'date', value: (row) => dayOf(row.literalDueDate, 'literalDueDate') },
  { header: 'Hạn nộp', width: 12, format: 'date', value: (row) => dayOf(row.dueDate, 'dueDate') },
  { header: 'Căn cứ', width: 44, value: (row) => row.rule },
  { header: 'Tình trạng', width: 22, value: (row) => STATUS_NAMES[row.status] },
  {
    header: 'Ngày nộp',
    width: 17,
    format: 'date-time',
    value: (row) => (row.submittedAt === null ? null : vietnamWallTime(row.submittedAt, 'submittedAt')),
  },
  { header: 'Đúng hạn', width: 10, value: (row) => (row.onTime === null ? null : row.onTime ? 'Có' : 'Không') },
  { header: 'Số ngày làm việc trễ', width: 12, value: (row) => row.daysLateWorking },
  { header: 'Số ngày trễ', width: 10, value: (row) => row.daysLateCalendar },
  {
    header: 'Phân loại (Báo cáo 1270)',
    width: 30,
    value: (row) => (row.bucket === null ? null : BUCKET_NAMES[row.bucket]),
  },
];

export const OBLIGATION_EXPORT_HEADERS: readonly string[] = COLUMNS.map((column) => column.header);

const formatDay = (date: string, path: string): string => formatWallDate(dayOf(date, path), 'date');

/** The obligations as CSV: UTF-8 with a BOM, CRLF line ends, one header row then one line per row. */
export function obligationsCsv(rows: readonly ObligationExportRow[], _meta: ExportMeta): Buffer {
  return tableCsv(COLUMNS, rows);
}

/** The obligations as an XLSX workbook with one sheet, 'Nghĩa vụ báo cáo'. */
export async function obligationsXlsx(rows: readonly ObligationExportRow[], meta: ExportMeta): Promise<Buffer> {
  const from = formatDay(meta.from, 'from');
  const to = formatDay(meta.to, 'to');
  const asOf = formatDay(meta.asOf, 'asOf');
  // The document's dates come from the export's date, not the clock: midnight in Vietnam at the start of asOf.
  const stamp = new Date(`${LocalDate.parse(meta.asOf, 'asOf')}T00:00:00+07:00`);
  return tableXlsx(
    [{ name: OBLIGATIONS_SHEET_NAME, title: `Tình hình thực hiện chế độ báo cáo — ${meta.tenantName}`, subtitle: `Từ ${from} đến ${to}, tính đến ngày ${asOf}`, columns: COLUMNS, rows }],
    stamp,
  );
}
