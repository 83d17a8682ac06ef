// The minutes and the notice rendered for real: the PDF read back with poppler-utils (pdftotext, pdfinfo,
// pdffonts), the DOCX unzipped. Missing tools fail the test with the Debian package to install: never a skip.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationFailed } from '@bcd/kernel';
import { LocalDate } from '@bcd/calendar';
import {
  meetingDocumentBlocks,
  renderDocx,
  renderPdf,
  vietnameseIssueDate,
  vietnameseMeetingTime,
  type DocumentBlock,
  type MeetingDocumentContent,
  type TextSpan,
} from './index.js';
import { docxParagraphs, flat, tool } from '../testing/document-text.js';

// Thanh Hóa 2018: the standing member signs the minutes (Điều 5.4). One name arrives in NFD form.
const NFD_NAME = 'Nguyễn Văn An'.normalize('NFD');

const minutes: MeetingDocumentContent = {
  kind: 'minutes',
  issuingBody: { parent: 'UBND TỈNH THANH HÓA', name: 'BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ' },
  number: '25/BB-BCĐ',
  place: 'Thanh Hóa',
  issuedOn: '2019-09-20',
  title: 'Phiên họp Ban Chỉ đạo quý III năm 2019',
  meeting: {
    startsAt: '2019-09-20T01:00:00Z', // 08:00 in Vietnam
    place: 'Phòng họp số 2, trụ sở UBND tỉnh Thanh Hóa',
    presidedBy: { name: NFD_NAME, position: 'Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực' },
  },
  attendees: [
    { name: NFD_NAME, position: 'Phó Chủ tịch UBND tỉnh', agency: 'UBND tỉnh Thanh Hóa' },
    { name: 'Trần Đức Thắng', position: 'Giám đốc', agency: 'Sở Thông tin và Truyền thông' },
    { name: 'Lê Thị Hương', position: 'Phó Chánh Văn phòng', agency: 'Văn phòng UBND tỉnh', note: 'đến muộn' },
    { name: 'Phạm Quốc Khánh', position: 'Phó Giám đốc', agency: 'Sở Nội vụ', note: 'dự thay ông Hoàng Minh Tuấn' },
    { name: 'Đỗ Thị Ngọc Ánh', position: 'Trưởng phòng', agency: 'Sở Tài chính' },
  ],
  absent: [
    { name: 'Hoàng Minh Tuấn', position: 'Giám đốc Sở Nội vụ', approved: true },
    { name: 'Vũ Thế Lực', position: 'Giám đốc Sở Khoa học và Công nghệ', approved: false },
  ],
  agenda: [
    'Sở Thông tin và Truyền thông báo cáo kết quả xây dựng Chính quyền điện tử 9 tháng năm 2019.',
    'Các thành viên thảo luận nhiệm vụ trọng tâm quý IV năm 2019.',
  ],
  conclusions: [
    'Các sở, ngành hoàn thành liên thông văn bản điện tử 4 cấp trước ngày 31/12/2019.',
    'Sở Thông tin và Truyền thông trình UBND tỉnh Kiến trúc Chính quyền điện tử phiên bản 2.0.',
    'Văn phòng UBND tỉnh đôn đốc việc gửi, nhận văn bản có ký số trên hệ thống.',
  ],
  signer: { name: 'Trần Đức Thắng', position: 'Ủy viên thường trực', authority: 'KT. TRƯỞNG BAN' },
  recipients: ['Thường trực Tỉnh ủy (để b/c)', 'Chủ tịch UBND tỉnh (để b/c)', 'Các thành viên Ban Chỉ đạo', 'Lưu: VT, BCĐ'],
};

const notice: MeetingDocumentContent = { ...minutes, kind: 'notice', number: '26/TB-BCĐ', title: 'Kết luận của Phó Trưởng ban Thường trực tại phiên họp quý III năm 2019' };

/** The texts both formats must show, in NFC. */
const expectedTexts = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'UBND TỈNH THANH HÓA',
  'BIÊN BẢN',
  'Phiên họp Ban Chỉ đạo quý III năm 2019',
  'Số: 25/BB-BCĐ',
  'Thanh Hóa, ngày 20 tháng 9 năm 2019',
  '08 giờ 00 phút, ngày 20/9/2019',
  'ỦY VIÊN THƯỜNG TRỰC',
  'KT. TRƯỞNG BAN',
  'Nơi nhận:',
  'Hoàng Minh Tuấn, Giám đốc Sở Nội vụ (vắng mặt có phép)',
  'Vũ Thế Lực, Giám đốc Sở Khoa học và Công nghệ (vắng mặt không có phép)',
  ...minutes.attendees.map((a) => a.name.normalize('NFC')),
  ...minutes.conclusions,
  minutes.signer.name,
];

function spans(blocks: DocumentBlock[]): TextSpan[] {
  return blocks.flatMap((block) => {
    if (block.type === 'paragraph') return block.spans;
    if (block.type === 'columns') return block.rows.flatMap((row) => spans([...row.left, ...row.right]));
    return [];
  });
}

let dir: string;
const writeDocx = (bytes: Buffer): string => {
  const path = join(dir, `signed-${bytes.length}.docx`);
  writeFileSync(path, bytes);
  return path;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bcd-minutes-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('meeting document blocks', () => {
  it('normalises every text to NFC, whatever form it arrives in', () => {
    const texts = spans(meetingDocumentBlocks(minutes).blocks).map((s) => s.text);
    for (const text of texts) expect(text).toBe(text.normalize('NFC'));
    expect(texts.join('\n')).toContain('Nguyễn Văn An'.normalize('NFC'));
    expect(texts.join('\n')).not.toContain(NFD_NAME);
  });

  it('shows the start in Vietnam time, across midnight UTC', () => {
    expect(vietnameseMeetingTime(new Date('2019-09-20T01:00:00Z'))).toBe('08 giờ 00 phút, ngày 20/9/2019');
    expect(vietnameseMeetingTime(new Date('2019-12-31T17:30:00Z'))).toBe('00 giờ 30 phút, ngày 1/1/2020');
    expect(vietnameseMeetingTime(new Date('2019-09-20T14:05:00+07:00'))).toBe('14 giờ 05 phút, ngày 20/9/2019');
  });

  it('writes the date of issue as Nghị định 30 does: a 0 before days below 10 and months 1 and 2', () => {
    expect(vietnameseIssueDate(LocalDate.parse('2019-09-20'))).toBe('ngày 20 tháng 9 năm 2019');
    expect(vietnameseIssueDate(LocalDate.parse('2020-02-05'))).toBe('ngày 05 tháng 02 năm 2020');
    expect(vietnameseIssueDate(LocalDate.parse('2020-12-01'))).toBe('ngày 01 tháng 12 năm 2020');
  });

  it('refuses a date of issue or a start that is not one', () => {
    expect(() => meetingDocumentBlocks({ ...minutes, issuedOn: '2019-02-30' })).toThrow(ValidationFailed);
    expect(() => meetingDocumentBlocks({ ...minutes, meeting: { ...minutes.meeting, startsAt: '2019-09-20T08:00' } })).toThrow(ValidationFailed);
  });

  it('ends the body with "./." and lists the recipients with ";" then "."', () => {
    const texts = spans(meetingDocumentBlocks(minutes).blocks).map((s) => s.text);
    expect(texts).toContain('3. Văn phòng UBND tỉnh đôn đốc việc gửi, nhận văn bản có ký số trên hệ thống./.');
    expect(texts).toContain('- Thường trực Tỉnh ủy (để b/c);');
    expect(texts).toContain('- Lưu: VT, BCĐ.');
  });
});

describe('PDF', () => {
  let pdfPath: string;
  beforeAll(async () => {
    pdfPath = join(dir, 'bien-ban.pdf');
    writeFileSync(pdfPath, await renderPdf(minutes));
  });

  it('reads back, through pdftotext, every text of the minutes in NFC', () => {
    const raw = tool('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], 'poppler-utils');
    const text = flat(raw);
    for (const expected of expectedTexts) expect(text).toContain(flat(expected));
    // the NFD name was drawn from its NFC form: the extracted text has it composed before any normalising
    expect(raw).toContain('Nguyễn Văn An'.normalize('NFC'));
  });

  it('is one A4 portrait document with Liberation Serif embedded', () => {
    const info = tool('pdfinfo', [pdfPath], 'poppler-utils');
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+BIÊN BẢN Phiên họp Ban Chỉ đạo quý III năm 2019/);
    const fonts = tool('pdffonts', [pdfPath], 'poppler-utils');
    for (const face of ['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-Italic']) {
      expect(fonts).toMatch(new RegExp(`\\+${face}\\s+(CID )?TrueType.*\\byes\\b`));
    }
  });

  it('renders the notice of conclusions as THÔNG BÁO', async () => {
    const path = join(dir, 'thong-bao.pdf');
    writeFileSync(path, await renderPdf(notice));
    const text = flat(tool('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], 'poppler-utils'));
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Số: 26/TB-BCĐ');
    expect(text).not.toContain('BIÊN BẢN');
    for (const conclusion of notice.conclusions) expect(text).toContain(conclusion);
  });

  it('signs the minutes twice as their form has it — the secretary left, the presiding person right — and says when the meeting ended', async () => {
    const path = join(dir, 'bien-ban-hai-chu-ky.pdf');
    const signed = { ...minutes, meeting: { ...minutes.meeting, endsAt: '2019-09-20T04:15:00Z' }, presidingSignature: { name: 'Lê Thị Thìn' } };
    writeFileSync(path, await renderPdf(signed));
    const text = flat(tool('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], 'poppler-utils'));
    expect(text).toContain('Cuộc họp kết thúc vào lúc 11 giờ 15 phút, ngày 20/9/2019./.');
    expect(text).toMatch(/THƯ KÝ\s+CHỦ TỌA/u);
    expect(text).toMatch(/Trần Đức Thắng\s+Lê Thị Thìn/u);
    const word = flat(docxParagraphs(tool('unzip', ['-p', writeDocx(await renderDocx(signed)), 'word/document.xml'], 'unzip')));
    for (const expected of ['THƯ KÝ', 'CHỦ TỌA', 'Lê Thị Thìn', 'Cuộc họp kết thúc vào lúc 11 giờ 15 phút']) expect(word).toContain(expected);
  });

  it('fails with the Debian package to install when the fonts are missing', async () => {
    await expect(renderPdf(minutes, { fontDirectory: join(dir, 'no-fonts') })).rejects.toThrow(/fonts-liberation2/);
  });
});

describe('DOCX', () => {
  let documentXml: string;
  beforeAll(async () => {
    const docxPath = join(dir, 'bien-ban.docx');
    writeFileSync(docxPath, await renderDocx(minutes));
    documentXml = tool('unzip', ['-p', docxPath, 'word/document.xml'], 'unzip');
  });

  it('holds every text of the minutes in NFC', () => {
    const text = flat(docxParagraphs(documentXml));
    for (const expected of expectedTexts) expect(text).toContain(flat(expected));
    expect(documentXml).not.toContain(NFD_NAME);
  });

  it('sets A4, the margins of Nghị định 30 and Times New Roman', () => {
    const pgSz = /<w:pgSz [^>]*\/>/.exec(documentXml)?.[0] ?? '';
    expect(pgSz).toContain('w:w="11906"');
    expect(pgSz).toContain('w:h="16838"');
    const pgMar = /<w:pgMar [^>]*\/>/.exec(documentXml)?.[0] ?? '';
    expect(pgMar).toContain('w:top="1134"'); // 20 mm
    expect(pgMar).toContain('w:bottom="1134"'); // 20 mm
    expect(pgMar).toContain('w:left="1701"'); // 30 mm
    expect(pgMar).toContain('w:right="850"'); // 15 mm
    expect(documentXml).toMatch(/<w:rFonts [^>]*w:ascii="Times New Roman"[^>]*w:hAnsi="Times New Roman"/);
    expect(documentXml).toContain('<w:sz w:val="28"/>'); // 14 pt body
  });
});
