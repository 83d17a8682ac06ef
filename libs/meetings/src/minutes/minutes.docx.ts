// The minutes and the notice of conclusions as DOCX, with the docx package (9.x): A4, the margins of
// Nghị định 30, Times New Roman (Word's font; LibreOffice substitutes the metric-compatible Liberation
// Serif). The two-column parts are borderless fixed tables, as in the Word templates of Nghị định 30.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  UnderlineType,
  WidthType,
} from 'docx';
import {
  CONTENT_WIDTH_MM,
  PAGE,
  meetingDocumentBlocks,
  type BlockAlignment,
  type ColumnsBlock,
  type DocumentBlock,
  type FlowBlock,
  type MeetingDocumentContent,
  type ParagraphBlock,
} from './meeting-document.js';

/** A4 in twips (1/1440 inch): 210 × 297 mm. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const LANGUAGE = { value: 'vi-VN' };

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const satisfies Record<BlockAlignment, unknown>;

function paragraph(block: ParagraphBlock): Paragraph {
  return new Paragraph({
    alignment: ALIGNMENT[block.align],
    indent: block.firstLineIndent ? { firstLine: twips(PAGE.firstLineIndentMm) } : undefined,
    spacing: { before: (block.spaceBeforePt ?? 0) * 20, after: (block.spaceAfterPt ?? 0) * 20 },
    keepNext: block.keepWithNext ?? false,
    children: block.spans.map(
      (span) =>
        new TextRun({
          text: span.text,
          bold: span.bold ?? false,
          italics: span.italics ?? false,
          underline: span.underline ? { type: UnderlineType.SINGLE } : undefined,
          size: block.sizePt * 2,
          font: PAGE.font,
          language: LANGUAGE,
        }),
    ),
  });
}

function flow(block: FlowBlock, widthMm: number): Paragraph {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block);
    case 'rule': {
      // An empty paragraph one point high whose bottom border, narrowed by its indents, is the line.
      const inset = twips((widthMm - block.widthMm) / 2);
      return new Paragraph({
        indent: { left: inset, right: inset },
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        spacing: { before: block.spaceBeforePt * 20, after: block.spaceAfterPt * 20, line: 20, lineRule: LineRuleType.EXACT },
        run: { size: 2 },
        children: [],
      });
    }
    case 'space':
      return new Paragraph({
        spacing: { before: 0, after: 0, line: Math.round(block.heightPt * 20), lineRule: LineRuleType.EXACT },
        children: [],
      });
    default: {
      const _exhaustive: never = block;
      throw new Error(`unknown block ${JSON.stringify(_exhaustive)}`);
    }
  }
}

function columns(block: ColumnsBlock): Table {
  const widths = block.widthsMm.map(twips);
  const cell = (blocks: FlowBlock[], i: number) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      children: blocks.map((b) => flow(b, block.widthsMm[i])),
    });
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: block.rows.map((row) => new TableRow({ cantSplit: true, children: [cell(row.left, 0), cell(row.right, 1)] })),
  });
}

function docxBlock(block: DocumentBlock): Paragraph | Table {
  return block.type === 'columns' ? columns(block) : flow(block, CONTENT_WIDTH_MM);
}

/** The minutes or the notice of conclusions as a DOCX: A4, Nghị định 30 margins, Times New Roman. */
export async function renderDocx(content: MeetingDocumentContent): Promise<Buffer> {
  const layout = meetingDocumentBlocks(content);
  const { top, right, bottom, left } = PAGE.marginsMm;
  const document = new Document({
    title: layout.metadata.title,
    subject: layout.metadata.subject,
    creator: layout.metadata.author,
    styles: {
      default: {
        document: {
          run: { font: PAGE.font, size: PAGE.bodySizePt * 2, language: LANGUAGE },
          paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { ...A4_TWIPS, orientation: PageOrientation.PORTRAIT },
            margin: { top: twips(top), right: twips(right), bottom: twips(bottom), left: twips(left), header: twips(top / 2) },
          },
          // Page numbers from the second page on, centred in the top margin (Nghị định 30, Phụ lục I, II.12).
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: PAGE.pageNumberSizePt * 2, font: PAGE.font })],
              }),
            ],
          }),
        },
        children: layout.blocks.map(docxBlock),
      },
    ],
  });
  return Packer.toBuffer(document);
}
