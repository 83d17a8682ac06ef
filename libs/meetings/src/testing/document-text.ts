// Reading rendered minutes back for tests: the PDF through poppler-utils (pdftotext), the DOCX unzipped
// (word/document.xml, one line per paragraph). A missing tool fails with the Debian package to install:
// never a skip.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a command-line tool; its absence fails with the Debian package that provides it. */
export function tool(command: string, args: string[], debianPackage: string): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${command} is not installed: install the Debian package ${debianPackage} (apt-get install -y --no-install-recommends ${debianPackage})`);
    }
    throw error;
  }
}

/** Spaces and line breaks collapsed, NFC: a wrapped or justified line still reads as one text. */
export const flat = (text: string): string => text.normalize('NFC').replace(/\s+/gu, ' ');

/** The text of each w:p of a WordprocessingML part, one paragraph a line, entities decoded. */
export function docxParagraphs(xml: string): string {
  const decode = (text: string) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => decode(t)).join(''))
    .join('\n');
}

function withFile<T>(name: string, bytes: Buffer, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'bcd-document-'));
  try {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF, as pdftotext (layout kept) extracts it. */
export function pdfText(pdf: Buffer): string {
  return withFile('document.pdf', pdf, (path) => tool('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], 'poppler-utils'));
}

/** The WordprocessingML of a DOCX (word/document.xml). */
export function docxXml(docx: Buffer): string {
  return withFile('document.docx', docx, (path) => tool('unzip', ['-p', path, 'word/document.xml'], 'unzip'));
}
