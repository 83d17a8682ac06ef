// The minutes and the notice of conclusions as PDF, with pdfmake 0.3 on the server. Its Node entry exports
// one shared instance whose fonts and access policies are global: each call makes an instance of its own, so
// nothing leaks between callers. Fonts are Liberation Serif (metric-compatible with Times New Roman, which
// is not redistributable) read from the Debian package fonts-liberation2; no font is fetched or bundled.
// pdfmake reads font files by path only, and only those: no URL and no other local file is allowed.
import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TableLayout, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import {
  CONTENT_WIDTH_MM,
  PAGE,
  meetingDocumentBlocks,
  type ColumnsBlock,
  type DocumentBlock,
  type FlowBlock,
  type MeetingDocumentContent,
  type ParagraphBlock,
} from './meeting-document.js';

/** Where Debian's fonts-liberation2 puts Liberation Serif. */
export const LIBERATION_FONT_DIRECTORY = '/usr/share/fonts/truetype/liberation2';

const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

const FONT = 'LiberationSerif';

export interface RenderPdfOptions {
  /** The folder holding LiberationSerif-{Regular,Bold,Italic,BoldItalic}.ttf; Debian's by default. */
  fontDirectory?: string;
}

type PdfMake = typeof pdfmake;
// The class of the shared instance: a fresh instance has no fonts and no policies of anybody else's.
const PdfMakeServer = Object.getPrototypeOf(pdfmake).constructor as new () => PdfMake;

const pt = (mm: number): number => (mm * 72) / 25.4;

/** The four font files, checked readable: a clear error naming the Debian package when they are not. */
export function liberationSerifFiles(fontDirectory = LIBERATION_FONT_DIRECTORY): Record<keyof typeof FONT_FILES, string> {
  const files = {
    normal: join(fontDirectory, FONT_FILES.normal),
    bold: join(fontDirectory, FONT_FILES.bold),
    italics: join(fontDirectory, FONT_FILES.italics),
    bolditalics: join(fontDirectory, FONT_FILES.bolditalics),
  };
  const missing = Object.values(files).filter((file) => {
    try {
      accessSync(file, constants.R_OK);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    throw new Error(
      `The PDF renderer needs the Liberation Serif fonts of the Debian package fonts-liberation2 ` +
        `(apt-get install -y --no-install-recommends fonts-liberation2); not readable: ${missing.join(', ')}`,
    );
  }
  return files;
}

function paragraph(block: ParagraphBlock): Content {
  return {
    text: block.spans.map((span) => ({
      text: span.text,
      bold: span.bold ?? false,
      italics: span.italics ?? false,
      ...(span.underline ? { decoration: 'underline' as const } : {}),
    })),
    alignment: block.align,
    fontSize: block.sizePt,
    leadingIndent: block.firstLineIndent ? pt(PAGE.firstLineIndentMm) : 0,
    margin: [0, block.spaceBeforePt ?? 0, 0, block.spaceAfterPt ?? 0],
  };
}

function flow(block: FlowBlock, widthPt: number): Content {
  switch (block.type) {
    case 'paragraph':
      return paragraph(block);
    case 'rule': {
      const x1 = (widthPt - pt(block.widthMm)) / 2;
      return {
        canvas: [{ type: 'line', x1, y1: 0, x2: x1 + pt(block.widthMm), y2: 0, lineWidth: 0.6 }],
        margin: [0, block.spaceBeforePt, 0, block.spaceAfterPt],
      };
    }
    case 'space':
      return { canvas: [], margin: [0, block.heightPt, 0, 0] };
    default: {
      const _exhaustive: never = block;
      throw new Error(`unknown block ${JSON.stringify(_exhaustive)}`);
    }
  }
}

const NO_BORDERS: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};

function columns(block: ColumnsBlock): Content {
  const [left, right] = block.widthsMm.map(pt);
  return {
    table: {
      widths: [left, right],
      dontBreakRows: true,
      body: block.rows.map((row) => [
        { stack: row.left.map((b) => flow(b, left)) },
        { stack: row.right.map((b) => flow(b, right)) },
      ]),
    },
    layout: NO_BORDERS,
  };
}

/** The blocks as pdfmake content; a block kept with the next one shares an unbreakable stack with it. */
function pdfContent(blocks: DocumentBlock[]): Content[] {
  const out: Content[] = [];
  let kept: Content[] = [];
  for (const block of blocks) {
    const node = block.type === 'columns' ? columns(block) : flow(block, pt(CONTENT_WIDTH_MM));
    kept.push(node);
    if (block.type === 'paragraph' && block.keepWithNext) continue;
    out.push(kept.length === 1 ? node : { stack: kept, unbreakable: true });
    kept = [];
  }
  if (kept.length > 0) out.push(...kept);
  return out;
}

/** The minutes or the notice of conclusions as a PDF: A4, Nghị định 30 margins, Liberation Serif. */
export async function renderPdf(content: MeetingDocumentContent, options: RenderPdfOptions = {}): Promise<Buffer> {
  const layout = meetingDocumentBlocks(content);
  const fontFiles = liberationSerifFiles(options.fontDirectory);
  const allowed = new Set(Object.values(fontFiles));

  const { top, right, bottom, left } = PAGE.marginsMm;
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [pt(left), pt(top), pt(right), pt(bottom)],
    language: 'vi-VN',
    info: { title: layout.metadata.title, subject: layout.metadata.subject, author: layout.metadata.author },
    defaultStyle: { font: FONT, fontSize: PAGE.bodySizePt, lineHeight: 1 },
    // Page numbers from the second page on, centred in the top margin (Nghị định 30, Phụ lục I, II.12).
    header: (currentPage) =>
      currentPage > 1
        ? { text: String(currentPage), alignment: 'center', fontSize: PAGE.pageNumberSizePt, margin: [pt(left), pt(top) / 2, pt(right), 0] }
        : null,
    content: pdfContent(layout.blocks),
  };

  const printer = new PdfMakeServer();
  printer.setFonts({ [FONT]: fontFiles });
  printer.setUrlAccessPolicy(() => false);
  printer.setLocalAccessPolicy((path) => allowed.has(path));
  return printer.createPdf(definition).getBuffer();
}
