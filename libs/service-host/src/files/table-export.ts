// A table exported for people who open it in Excel, written once for every context: as CSV (RFC 4180, UTF-8
// with a BOM — without one Excel reads the local ANSI code page and Vietnamese turns to mojibake — CRLF line ends,
// one header row then one line per row, so that it parses as a table anywhere) and as XLSX (a title, a subtitle,
// then the same table with real dates and numbers, its header frozen and filtered). Both files are drawn from one
// list of columns, so they cannot differ in wording or order. Every text is normalised to NFC (text in NFD sorts,
// filters and searches apart from the same words typed in Excel). Nothing here reads the clock.
//
// Money (whole đồng) arrives as a bigint and never becomes a float on the way to the file: the CSV prints its
// digits; the XLSX writes it as a number cell only when it is exact as one (|amount| ≤ 2^53 − 1, where a double
// holds every integer), and otherwise as a text cell of its exact digits (Excel itself keeps 15 significant digits).
import ExcelJS from 'exceljs';

/** Dates are carried as a Date whose UTC fields are the wall date (and time) to print. */
export type TableCell = string | number | bigint | Date | null;

export interface TableColumn<R> {
  header: string;
  /** Characters, for the XLSX. */
  width: number;
  /** How the XLSX shows the cell (the CSV prints dates the same way, money as plain digits, a rate as given). */
  format?: 'date' | 'date-time' | 'money' | 'percent';
  value(row: R): TableCell;
}

export interface TableSheet<R> {
  name: string;
  title: string;
  subtitle: string;
  columns: readonly TableColumn<R>[];
  rows: readonly R[];
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CRLF = '\r\n';
const CREATOR = 'BCĐ platform';
const MAX_EXACT = BigInt(Number.MAX_SAFE_INTEGER);
const NUMBER_FORMATS: Record<NonNullable<TableColumn<unknown>['format']>, string> = {
  date: 'dd/mm/yyyy',
  'date-time': 'dd/mm/yyyy hh:mm',
  money: '#,##0',
  percent: '0.00',
};

const nfc = (text: string): string => text.normalize('NFC');
const pad = (n: number): string => String(n).padStart(2, '0');

/** dd/mm/yyyy (and HH:mm) of a Date's UTC fields: the wall date and time the Date carries. */
export function formatWallDate(date: Date, format?: TableColumn<unknown>['format']): string {
  const day = `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  return format === 'date-time' ? `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : day;
}

/**
 * A text cell as Excel will not run it: a leading `=`, `+`, `-`, `@`, tab or carriage return makes Excel read the
 * cell as a formula (CSV injection), and many texts are typed by users. A leading apostrophe keeps it text.
 */
function inert(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(value: TableCell, format: TableColumn<unknown>['format']): string {
  if (value === null) return '';
  if (value instanceof Date) return formatWallDate(value, format);
  if (typeof value === 'number' || typeof value === 'bigint') return value.toString();
  return inert(nfc(value));
}

/** The table as CSV: UTF-8 with a BOM, CRLF line ends, one header row then one line per row. */
export function tableCsv<R>(columns: readonly TableColumn<R>[], rows: readonly R[]): Buffer {
  const lines = [columns.map((column) => csvField(nfc(column.header))), ...rows.map((row) => columns.map((column) => csvField(csvText(column.value(row), column.format))))];
  return Buffer.concat([BOM, Buffer.from(lines.map((line) => line.join(',') + CRLF).join(''), 'utf8')]);
}

const TITLE_ROW = 1;
const SUBTITLE_ROW = 2;
const HEADER_ROW = 3;

/** The sheets as an XLSX workbook. `stamp`: the document's created/modified date (from the data, never the clock). */
export async function tableXlsx(sheets: readonly TableSheet<unknown>[], stamp: Date): Promise<Buffer> {
  // Every cell is computed before anything is built: a bad row fails the export rather than printing a blank.
  const computed = sheets.map((sheet) => ({ sheet, cells: sheet.rows.map((row) => sheet.columns.map((column) => column.value(row))) }));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = stamp;
  workbook.modified = stamp;
  for (const { sheet, cells } of computed) {
    const { columns } = sheet;
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }] });
    columns.forEach((column, index) => {
      worksheet.getColumn(index + 1).width = column.width;
    });
    const title = worksheet.getCell(TITLE_ROW, 1);
    title.value = nfc(sheet.title);
    title.font = { bold: true, size: 14 };
    const subtitle = worksheet.getCell(SUBTITLE_ROW, 1);
    subtitle.value = nfc(sheet.subtitle);
    subtitle.font = { italic: true };
    worksheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, columns.length);
    worksheet.mergeCells(SUBTITLE_ROW, 1, SUBTITLE_ROW, columns.length);
    const header = worksheet.getRow(HEADER_ROW);
    columns.forEach((column, index) => {
      const cell = header.getCell(index + 1);
      cell.value = nfc(column.header);
      cell.font = { bold: true };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    cells.forEach((values, rowIndex) => {
      const row = worksheet.getRow(HEADER_ROW + 1 + rowIndex);
      values.forEach((value, index) => {
        const cell = row.getCell(index + 1);
        const format = columns[index].format;
        if (typeof value === 'bigint') {
          const exact = value <= MAX_EXACT && value >= -MAX_EXACT;
          cell.value = exact ? Number(value) : value.toString();
          if (exact) cell.numFmt = NUMBER_FORMATS.money;
          cell.alignment = { vertical: 'top', horizontal: 'right' };
          return;
        }
        if (format === 'percent' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) {
          // A rate computed exactly and written with two decimals: a number cell Excel can sort and chart.
          cell.value = Number(value);
          cell.numFmt = NUMBER_FORMATS.percent;
          cell.alignment = { vertical: 'top', horizontal: 'right' };
          return;
        }
        cell.value = typeof value === 'string' ? nfc(value) : value;
        if ((value instanceof Date || typeof value === 'number') && format !== undefined) cell.numFmt = NUMBER_FORMATS[format];
        cell.alignment = { vertical: 'top', wrapText: typeof value === 'string' };
      });
    });
    worksheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + Math.max(sheet.rows.length, 1), column: columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
