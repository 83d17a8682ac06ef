// The minutes (Biên bản) and the notice of conclusions (Thông báo kết luận) of a committee meeting, laid out
// as Nghị định 30/2020/NĐ-CP, Phụ lục I ("Thể thức và kỹ thuật trình bày văn bản hành chính") asks: the
// issuing body on the left and the national motto on the right, the number under the issuing body and the
// place and date in italics under the motto, the kind of document and its subject centred, the body, then
// "Nơi nhận" on the left and the signature on the right; A4 with margins of 20–25 mm top and bottom, 30–35 mm
// left and 15–20 mm right. The content is plain data: `meetingDocumentBlocks` turns it into the ordered
// blocks that both renderers (minutes.docx.ts, minutes.pdf.ts) draw, so the DOCX and the PDF cannot differ in
// wording or order. Every text is normalised to NFC here: text in NFD form puts Vietnamese marks in the wrong
// place in a PDF and splits words in a search.
import { LocalDate, formatVietnamInstant, parseInstant } from '@bcd/calendar';

export type MeetingDocumentKind = 'minutes' | 'notice';

export interface MeetingDocumentAttendee {
  name: string;
  position: string;
  agency: string;
  /** 'đến muộn', 'dự thay ông/bà …' */
  note?: string;
}

export interface MeetingDocumentAbsentee {
  name: string;
  position: string;
  /** Absent with the approval (consent) the regulation asks for. */
  approved: boolean;
}

export interface MeetingDocumentContent {
  kind: MeetingDocumentKind;
  issuingBody: {
    /** The body above the issuing one, 'UBND TỈNH THANH HÓA'. */
    parent: string;
    /** 'BAN CHỈ ĐẠO XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ' */
    name: string;
  };
  /** '25/BB-BCĐ' */
  number: string;
  /** Where it is issued, 'Thanh Hóa'. */
  place: string;
  /** The date of issue, YYYY-MM-DD. */
  issuedOn: string;
  /** The subject line (trích yếu), 'Phiên họp Ban Chỉ đạo quý III năm 2019'. */
  title: string;
  meeting: {
    /** An ISO 8601 instant with an offset; shown in Vietnam time. */
    startsAt: string;
    /** When it ended (an instant with an offset); the minutes say it when known. */
    endsAt?: string;
    place: string;
    presidedBy: { name: string; position: string };
  };
  attendees: MeetingDocumentAttendee[];
  absent: MeetingDocumentAbsentee[];
  agenda: string[];
  conclusions: string[];
  /**
   * Minutes only: the presiding person, who signs beside the signer (Nghị định 30, Phụ lục III, the
   * minutes' form: "THƯ KÝ" on the left, "CHỦ TỌA" on the right). Absent: one signature.
   */
  presidingSignature?: { name: string };
  signer: {
    name: string;
    /** 'ỦY VIÊN THƯỜNG TRỰC' */
    position: string;
    /** 'KT. TRƯỞNG BAN', 'TM. BAN CHỈ ĐẠO'… when the signer signs for someone else. */
    authority?: string;
  };
  /** Nơi nhận, in order; the last one is usually 'Lưu: VT'. */
  recipients: string[];
}

// ---------------------------------------------------------------------------------------------------------
// The page (Nghị định 30, Phụ lục I, mục II): A4 portrait, margins within the ranges it gives.

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  /** Times New Roman in Word; Liberation Serif (metric-compatible) in the PDF. */
  font: 'Times New Roman',
  /** The body, 13–14 pt. */
  bodySizePt: 14,
  /** First-line indent of body paragraphs: 1–1.27 cm. */
  firstLineIndentMm: 10,
  /** Space between body paragraphs: at least 6 pt. */
  paragraphSpacingPt: 6,
  /** Page numbers from the second page on, centred in the top margin, 13–14 pt. */
  pageNumberSizePt: 13,
} as const;

/** The width between the margins: 165 mm. */
export const CONTENT_WIDTH_MM = PAGE.widthMm - PAGE.marginsMm.left - PAGE.marginsMm.right;

// ---------------------------------------------------------------------------------------------------------
// Blocks both renderers draw.

export type BlockAlignment = 'left' | 'center' | 'right' | 'justify';

export interface TextSpan {
  text: string;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

export interface ParagraphBlock {
  type: 'paragraph';
  spans: TextSpan[];
  align: BlockAlignment;
  sizePt: number;
  firstLineIndent?: boolean;
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  /** Keep on the same page as the next block (headings, the lead-in of a list). */
  keepWithNext?: boolean;
}

/** A short horizontal line, centred in its column (under the issuing body's name, under the subject). */
export interface RuleBlock {
  type: 'rule';
  widthMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
}

/** Empty space, e.g. for the signature and the seal. */
export interface SpaceBlock {
  type: 'space';
  heightPt: number;
}

export type FlowBlock = ParagraphBlock | RuleBlock | SpaceBlock;

/**
 * Two columns without borders, in rows so that what belongs on one line lines up ("Số: …" beside the
 * place and date): the header, and "Nơi nhận" beside the signature.
 */
export interface ColumnsBlock {
  type: 'columns';
  role: 'header' | 'closing';
  widthsMm: [number, number];
  rows: { left: FlowBlock[]; right: FlowBlock[] }[];
}

export type DocumentBlock = FlowBlock | ColumnsBlock;

export interface MeetingDocumentLayout {
  kind: MeetingDocumentKind;
  /** Document properties: 'BIÊN BẢN Phiên họp …', and who issued it. */
  metadata: { title: string; subject: string; author: string };
  blocks: DocumentBlock[];
}

const HEADER_WIDTHS_MM: [number, number] = [65, CONTENT_WIDTH_MM - 65];
const CLOSING_WIDTHS_MM: [number, number] = [75, CONTENT_WIDTH_MM - 75];

const nfc = (text: string): string => text.normalize('NFC');
const upper = (text: string): string => nfc(text).toLocaleUpperCase('vi-VN');
const span = (text: string, style: Omit<TextSpan, 'text'> = {}): TextSpan => ({ text: nfc(text), ...style });

function paragraph(spans: TextSpan[], align: BlockAlignment, sizePt: number, extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return { type: 'paragraph', spans, align, sizePt, ...extra };
}

/** A body paragraph: justified, first-line indent, 6 pt after. */
function body(spans: TextSpan[], extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return paragraph(spans, 'justify', PAGE.bodySizePt, { firstLineIndent: true, spaceAfterPt: PAGE.paragraphSpacingPt, ...extra });
}

/**
 * `ngày 20 tháng 9 năm 2019`; Nghị định 30 (Phụ lục I, II.4.b) writes a 0 before days below 10 and before
 * months 1 and 2: `ngày 05 tháng 02 năm 2020`.
 */
export function vietnameseIssueDate(date: LocalDate): string {
  const year = LocalDate.year(date);
  const month = LocalDate.month(date);
  const day = Number(date.slice(8, 10));
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** `08 giờ 00 phút, ngày 20/9/2019`, in Vietnam time (UTC+07:00 all year) whatever offset the instant has. */
export function vietnameseMeetingTime(instant: Date): string {
  const local = formatVietnamInstant(instant); // 2019-09-20T08:00:00+07:00
  const [year, month, day] = local.slice(0, 10).split('-').map(Number);
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)} phút, ngày ${day}/${month}/${year}`;
}

/** Ends the paragraph's text with "./.", the mark that closes the body of an administrative document. */
function closeBody(block: ParagraphBlock): ParagraphBlock {
  const spans = [...block.spans];
  const last = spans[spans.length - 1];
  spans[spans.length - 1] = { ...last, text: `${last.text.replace(/[\s.;,:]+$/u, '')}./.` };
  return { ...block, spans };
}

function numbered(items: string[]): ParagraphBlock[] {
  if (items.length === 0) return [body([span('Không.')])];
  return items.map((item, i) => body([span(`${i + 1}. ${item}`)]));
}

/** A bold lead-in and its numbered lines; 'Vắng mặt: không.' when there are none. */
function list<T>(label: string, items: T[], line: (item: T, i: number) => ParagraphBlock): ParagraphBlock[] {
  if (items.length === 0) return [body([span(`${label} `, { bold: true }), span('không.')])];
  return [body([span(label, { bold: true })], { keepWithNext: true }), ...items.map(line)];
}

function attendeeLine(attendee: MeetingDocumentAttendee, i: number): ParagraphBlock {
  const note = attendee.note?.trim();
  const noted = note ? ` (${note})` : '';
  return body([span(`${i + 1}. ${attendee.name}, ${attendee.position}, ${attendee.agency}${noted}.`)]);
}

function absenteeLine(absentee: MeetingDocumentAbsentee, i: number): ParagraphBlock {
  const approval = absentee.approved ? 'vắng mặt có phép' : 'vắng mặt không có phép';
  return body([span(`${i + 1}. ${absentee.name}, ${absentee.position} (${approval}).`)]);
}

function heading(text: string): ParagraphBlock {
  return body([span(text, { bold: true })], { keepWithNext: true });
}

function header(content: MeetingDocumentContent, issuedOn: LocalDate): ColumnsBlock {
  return {
    type: 'columns',
    role: 'header',
    widthsMm: HEADER_WIDTHS_MM,
    rows: [
      {
        left: [
          paragraph([span(upper(content.issuingBody.parent))], 'center', 12),
          paragraph([span(upper(content.issuingBody.name), { bold: true })], 'center', 12),
          { type: 'rule', widthMm: 25, spaceBeforePt: 3, spaceAfterPt: 6 },
        ],
        right: [
          paragraph([span('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })], 'center', 12),
          // Nghị định 30: a line under the motto as long as the motto itself.
          paragraph([span('Độc lập - Tự do - Hạnh phúc', { bold: true, underline: true })], 'center', 13, { spaceAfterPt: 6 }),
        ],
      },
      {
        left: [paragraph([span(`Số: ${content.number}`)], 'center', 13)],
        right: [paragraph([span(`${content.place}, ${vietnameseIssueDate(issuedOn)}`, { italics: true })], 'center', 14)],
      },
    ],
  };
}

function closing(content: MeetingDocumentContent): ColumnsBlock {
  const { signer, recipients, presidingSignature } = content;
  const authority = signer.authority?.trim();
  const recipientLines = recipients.map((recipient, i) => {
    const text = recipient.trim().replace(/[.;,]+$/u, '');
    return paragraph([span(`- ${text}${i === recipients.length - 1 ? '.' : ';'}`)], 'left', 11);
  });
  const received = [paragraph([span('Nơi nhận:', { bold: true, italics: true })], 'left', 12), ...recipientLines];
  const signature = (titles: string[], name: string): FlowBlock[] => [
    ...titles.map((title) => paragraph([span(upper(title), { bold: true })], 'center', 14)),
    { type: 'space', heightPt: 72 },
    paragraph([span(name, { bold: true })], 'center', 14),
  ];
  const signerBlock = signature([...(authority ? [authority] : []), signer.position], signer.name);
  if (content.kind === 'minutes' && presidingSignature) {
    // The minutes' form: the secretary (the signer the regulation names) left, the presiding person right; "Nơi nhận" below.
    return {
      type: 'columns',
      role: 'closing',
      widthsMm: CLOSING_WIDTHS_MM,
      rows: [
        { left: signature(['THƯ KÝ'], signer.name), right: signature(['CHỦ TỌA'], presidingSignature.name) },
        { left: [{ type: 'space', heightPt: 12 }, ...received], right: [] },
      ],
    };
  }
  return { type: 'columns', role: 'closing', widthsMm: CLOSING_WIDTHS_MM, rows: [{ left: received, right: signerBlock }] };
}

function minutesBody(content: MeetingDocumentContent, startsAt: Date): ParagraphBlock[] {
  const { meeting, attendees, absent, agenda, conclusions } = content;
  return [
    heading('I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN'),
    body([span('Thời gian: ', { bold: true }), span(`${vietnameseMeetingTime(startsAt)}.`)]),
    body([span('Địa điểm: ', { bold: true }), span(`${meeting.place}.`)]),
    body([span('Chủ trì: ', { bold: true }), span(`${meeting.presidedBy.name}, ${meeting.presidedBy.position}.`)]),
    ...list('Thành phần tham dự:', attendees, attendeeLine),
    ...list('Vắng mặt:', absent, absenteeLine),
    heading('II. NỘI DUNG CUỘC HỌP'),
    ...numbered(agenda),
    heading('III. KẾT LUẬN CỦA NGƯỜI CHỦ TRÌ'),
    ...numbered(conclusions),
    ...(meeting.endsAt ? [body([span(`Cuộc họp kết thúc vào lúc ${vietnameseMeetingTime(parseInstant(meeting.endsAt, 'meeting.endsAt'))}.`)])] : []),
  ];
}

function noticeBody(content: MeetingDocumentContent, startsAt: Date): ParagraphBlock[] {
  const { meeting, attendees, absent, agenda, conclusions } = content;
  const presiding = `${meeting.presidedBy.name}, ${meeting.presidedBy.position}`;
  return [
    body([span(`Vào lúc ${vietnameseMeetingTime(startsAt)}, tại ${meeting.place}, ${presiding} đã chủ trì cuộc họp.`)]),
    ...list('Tham dự cuộc họp có:', attendees, attendeeLine),
    ...list('Vắng mặt:', absent, absenteeLine),
    ...list('Nội dung cuộc họp:', agenda, (item, i) => body([span(`${i + 1}. ${item}`)])),
    body([span(`Sau khi nghe báo cáo và ý kiến của các thành viên dự họp, ${presiding} kết luận như sau:`)], { keepWithNext: true }),
    ...numbered(conclusions),
    body([span('Thông báo để các cơ quan, đơn vị và thành viên liên quan biết, thực hiện.')]),
  ];
}

/**
 * The blocks of the document, in reading order: header, kind and subject, body, closing. Throws
 * ValidationFailed when `issuedOn` is no date or `meeting.startsAt` no instant with an offset.
 */
export function meetingDocumentBlocks(content: MeetingDocumentContent): MeetingDocumentLayout {
  const issuedOn = LocalDate.parse(content.issuedOn, 'issuedOn');
  const startsAt = parseInstant(content.meeting.startsAt, 'meeting.startsAt');
  const kindTitle = content.kind === 'minutes' ? 'BIÊN BẢN' : 'THÔNG BÁO';

  const bodyBlocks = content.kind === 'minutes' ? minutesBody(content, startsAt) : noticeBody(content, startsAt);
  bodyBlocks[bodyBlocks.length - 1] = closeBody(bodyBlocks[bodyBlocks.length - 1]);

  return {
    kind: content.kind,
    metadata: {
      title: nfc(`${kindTitle} ${content.title}`),
      subject: nfc(content.title),
      author: nfc(`${upper(content.issuingBody.name)}, ${upper(content.issuingBody.parent)}`),
    },
    blocks: [
      header(content, issuedOn),
      paragraph([span(kindTitle, { bold: true })], 'center', 14, { spaceBeforePt: 24, keepWithNext: true }),
      paragraph([span(content.title, { bold: true })], 'center', 14, { keepWithNext: true }),
      { type: 'rule', widthMm: 40, spaceBeforePt: 4, spaceAfterPt: 12 },
      ...bodyBlocks,
      { type: 'space', heightPt: 6 },
      closing(content),
    ],
  };
}
