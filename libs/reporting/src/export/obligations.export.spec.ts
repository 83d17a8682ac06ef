// The obligations' export as Excel opens it: the CSV parsed back as RFC 4180 (BOM, CRLF, quoting, NFC,
// Vietnamese words, Vietnam time), the XLSX loaded back with exceljs (sheet, title, header, real dates and
// numbers).
import ExcelJS from 'exceljs';
import {
  OBLIGATION_EXPORT_HEADERS,
  obligationsCsv,
  obligationsXlsx,
  periodLabel,
  type ExportMeta,
  type ObligationExportRow,
} from './obligations.export.js';
import { parseCsv } from '@bcd/service-host/testing';

const HEADERS = [
  'Đơn vị báo cáo',
  'Loại báo cáo',
  'Kỳ báo cáo',
  'Hạn theo quy chế',
  'Hạn nộp',
  'Căn cứ',
  'Tình trạng',
  'Ngày nộp',
  'Đúng hạn',
  'Số ngày làm việc trễ',
  'Số ngày trễ',
  'Phân loại (Báo cáo 1270)',
];

const RULE = 'Điều 10 khoản 2, Quyết định 4095/QĐ-BCĐ ngày 19/10/2018';
const meta: ExportMeta = { tenantName: 'Tỉnh Thanh Hóa', from: '2019-07-01', to: '2019-12-31', asOf: '2019-10-15' };

const base: ObligationExportRow = {
  reporter: 'Sở Thông tin và Truyền thông',
  report: 'member-report',
  period: '2019-Q3',
  subject: null,
  literalDueDate: '2019-09-15',
  dueDate: '2019-09-16',
  rule: RULE,
  status: 'accepted',
  submittedAt: '2019-09-16T17:30:00Z',
  onTime: false,
  daysLateWorking: 1,
  daysLateCalendar: 1,
  bucket: 'done-late',
};

const rows: ObligationExportRow[] = [
  base,
  {
    ...base,
    reporter: 'Sở Y tế'.normalize('NFD'),
    period: '2019-H1',
    status: 'submitted',
    submittedAt: '2019-09-10T02:05:00Z',
    onTime: true,
    daysLateWorking: 0,
    daysLateCalendar: 0,
    bucket: 'done-on-time',
  },
  {
    ...base,
    reporter: 'Tổ giúp việc',
    report: 'activity-report',
    period: '2019-H2',
    status: 'open',
    submittedAt: null,
    onTime: null,
    daysLateWorking: null,
    daysLateCalendar: null,
    bucket: 'not-done-in-time',
  },
  {
    ...base,
    reporter: 'Công an tỉnh',
    report: 'ad-hoc',
    period: null,
    subject: 'Tình hình "Chính quyền số", an toàn thông tin\nquý III',
    literalDueDate: '2019-10-05',
    dueDate: '2019-10-07',
    rule: 'Công văn 12/BCĐ-TGV',
    status: 'returned',
    submittedAt: null,
    onTime: null,
    daysLateWorking: null,
    daysLateCalendar: null,
    bucket: 'not-done-overdue',
  },
  { ...base, reporter: 'Sở Tài chính', period: '2019-01', status: 'withdrawn', bucket: null, onTime: null, submittedAt: null },
  { ...base, reporter: '=HYPERLINK("http://x")', period: '2019', status: 'open', bucket: null, onTime: null, submittedAt: null },
];

describe('obligationsCsv', () => {
  const buffer = obligationsCsv(rows, meta);
  const text = buffer.subarray(3).toString('utf8');
  const table = parseCsv(text);
  const byReporter = (name: string) => table.find((record) => record[0] === name)!;

  it('starts with the UTF-8 BOM so that Excel reads it as UTF-8', () => {
    expect([...buffer.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('ends every record with CRLF and has no bare line feed outside a quoted field', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.split('\r\n').every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
  });

  it('is one header row then one record per row, with no title line', () => {
    expect(table[0]).toEqual(HEADERS);
    expect(OBLIGATION_EXPORT_HEADERS).toEqual(HEADERS);
    expect(table).toHaveLength(rows.length + 1);
    for (const record of table) expect(record).toHaveLength(HEADERS.length);
  });

  it('writes a whole row in Vietnamese', () => {
    expect(table[1]).toEqual([
      'Sở Thông tin và Truyền thông',
      'Báo cáo định kỳ',
      'Quý III/2019',
      '15/09/2019',
      '16/09/2019',
      RULE,
      'Đã tiếp nhận',
      '17/09/2019 00:30',
      'Không',
      '1',
      '1',
      'Hoàn thành quá hạn',
    ]);
    // a comma in the rule: quoted on the wire
    expect(text).toContain(`"${RULE}"`);
  });

  it('normalises NFD input to NFC', () => {
    expect(text).toBe(text.normalize('NFC'));
    const health = byReporter('Sở Y tế'.normalize('NFC'));
    expect(health).toBeDefined();
    expect(health[0]).not.toBe('Sở Y tế'.normalize('NFD'));
  });

  it('round-trips a field holding a comma, quotes and a line break', () => {
    const adHoc = byReporter('Công an tỉnh');
    expect(adHoc[1]).toBe('Báo cáo đột xuất');
    expect(adHoc[2]).toBe('Tình hình "Chính quyền số", an toàn thông tin\nquý III');
    expect(text).toContain('"Tình hình ""Chính quyền số"", an toàn thông tin\nquý III"');
    expect(adHoc[6]).toBe('Trả lại để chỉnh sửa');
  });

  it('writes periods the Vietnamese way', () => {
    expect(table.slice(1).map((record) => record[2])).toEqual([
      'Quý III/2019',
      '6 tháng đầu năm 2019',
      '6 tháng cuối năm 2019',
      'Tình hình "Chính quyền số", an toàn thông tin\nquý III',
      'Tháng 01/2019',
      'Năm 2019',
    ]);
    expect(periodLabel('2021-Q1')).toBe('Quý I/2021');
    expect(periodLabel('2021-Q4')).toBe('Quý IV/2021');
    expect(periodLabel('2021-12')).toBe('Tháng 12/2021');
  });

  it('writes the submission in Vietnam time, across midnight UTC', () => {
    expect(table[1][7]).toBe('17/09/2019 00:30');
    expect(byReporter('Sở Y tế')[7]).toBe('10/09/2019 09:05');
    expect(byReporter('Tổ giúp việc')[7]).toBe('');
  });

  it('writes the statuses, on-time answers and Báo cáo 1270 buckets in words, empty when none', () => {
    expect(table.slice(1).map((record) => record[6])).toEqual([
      'Đã tiếp nhận',
      'Đã nộp, chờ tiếp nhận',
      'Chưa nộp',
      'Trả lại để chỉnh sửa',
      'Đã hủy',
      'Chưa nộp',
    ]);
    expect(table.slice(1).map((record) => record[8])).toEqual(['Không', 'Có', '', '', '', '']);
    expect(table.slice(1).map((record) => record[11])).toEqual([
      'Hoàn thành quá hạn',
      'Hoàn thành đúng hạn',
      'Chưa hoàn thành, còn trong hạn',
      'Chưa hoàn thành, quá hạn',
      '',
      '',
    ]);
    expect(byReporter('Tổ giúp việc').slice(9, 11)).toEqual(['', '']);
    expect(byReporter('Tổ giúp việc')[1]).toBe('Báo cáo hoạt động của Ban Chỉ đạo');
  });

  it('keeps a text Excel would run as a formula as text', () => {
    expect(table[6][0]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('refuses a due date that is not a calendar date', () => {
    expect(() => obligationsCsv([{ ...base, dueDate: '2019-02-30' }], meta)).toThrow();
    expect(() => obligationsCsv([{ ...base, submittedAt: '2019-09-16 17:30' }], meta)).toThrow();
  });

  it('is only the header row when there is nothing to report', () => {
    expect(parseCsv(obligationsCsv([], meta).subarray(3).toString('utf8'))).toEqual([HEADERS]);
  });
});

describe('obligationsXlsx', () => {
  let workbook: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  const HEADER_ROW = 3;
  const col = (header: string) => HEADERS.indexOf(header) + 1;
  const dataRow = (index: number) => sheet.getRow(HEADER_ROW + 1 + index);

  beforeAll(async () => {
    const buffer = await obligationsXlsx(rows, meta);
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    sheet = workbook.worksheets[0];
  });

  it('has one sheet, Nghĩa vụ báo cáo', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Nghĩa vụ báo cáo']);
  });

  it('has the title and the range above the table', () => {
    expect(sheet.getCell('A1').value).toBe('Tình hình thực hiện chế độ báo cáo — Tỉnh Thanh Hóa');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Từ 01/07/2019 đến 31/12/2019, tính đến ngày 15/10/2019');
  });

  it('has the header row, bold, frozen below it, with an autofilter', () => {
    const header = sheet.getRow(HEADER_ROW);
    expect(HEADERS.map((_, i) => header.getCell(i + 1).value)).toEqual(HEADERS);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: HEADER_ROW });
    expect(sheet.autoFilter).toBeDefined();
    expect(JSON.stringify(sheet.autoFilter)).toContain('A3');
  });

  it('writes due dates as date cells on the right day', () => {
    const due = dataRow(0).getCell(col('Hạn nộp'));
    expect(due.value).toBeInstanceOf(Date);
    expect((due.value as Date).toISOString()).toBe('2019-09-16T00:00:00.000Z');
    expect(due.numFmt).toBe('dd/mm/yyyy');
    const literal = dataRow(0).getCell(col('Hạn theo quy chế')).value as Date;
    expect(literal.toISOString().slice(0, 10)).toBe('2019-09-15');
  });

  it('writes the submission as a date-time in Vietnam time', () => {
    const submitted = dataRow(0).getCell(col('Ngày nộp'));
    expect((submitted.value as Date).toISOString()).toBe('2019-09-17T00:30:00.000Z');
    expect(submitted.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(dataRow(2).getCell(col('Ngày nộp')).value).toBeNull();
  });

  it('writes the days late as numbers', () => {
    expect(dataRow(0).getCell(col('Số ngày làm việc trễ')).value).toBe(1);
    expect(dataRow(0).getCell(col('Số ngày trễ')).value).toBe(1);
    expect(dataRow(1).getCell(col('Số ngày trễ')).value).toBe(0);
  });

  it('keeps the Vietnamese text intact and in NFC', () => {
    expect(dataRow(1).getCell(col('Đơn vị báo cáo')).value).toBe('Sở Y tế'.normalize('NFC'));
    expect(dataRow(1).getCell(col('Kỳ báo cáo')).value).toBe('6 tháng đầu năm 2019');
    expect(dataRow(3).getCell(col('Kỳ báo cáo')).value).toBe('Tình hình "Chính quyền số", an toàn thông tin\nquý III');
    expect(dataRow(3).getCell(col('Phân loại (Báo cáo 1270)')).value).toBe('Chưa hoàn thành, quá hạn');
    expect(dataRow(0).getCell(col('Căn cứ')).value).toBe(RULE);
  });

  it('carries its creator and a created date taken from asOf, not the clock', () => {
    expect(workbook.creator).toBe('BCĐ platform');
    expect(workbook.created.toISOString()).toBe('2019-10-14T17:00:00.000Z');
    expect(workbook.modified.toISOString()).toBe('2019-10-14T17:00:00.000Z');
  });
});
