import { RuleViolation } from '@bcd/kernel';
import type { Citation, RulePack } from './rule-pack.schema.js';

/**
 * `Điều 10, Quyết định 1507/QĐ-UBND ngày 23/06/2008`: how a rule is cited to users and in refusals. A
 * document named by its kind (`Bộ luật Dân sự số 91/2015/QH13`) is cited as named, not as a Quyết định.
 */
export function formatCitation(citation: Citation): string {
  const date = citation.signedOn === null ? '' : ` ngày ${citation.signedOn.split('-').reverse().join('/')}`;
  const document = /^\p{L}/u.test(citation.decision) ? citation.decision : `Quyết định ${citation.decision}`;
  return `${citation.article}, ${document}${date}`;
}

/**
 * The rule id and article for a kernel RuleViolation refused by a pack's rule, e.g.
 * `ruleRef(kienGiang2008, 'meetings.absence')` →
 * `{ rule: 'kien-giang-2008/meetings.absence', article: 'Điều 10, Quyết định 1507/QĐ-UBND ngày 23/06/2008' }`.
 * Undefined when the path names no cited rule.
 */
export function ruleRef(pack: RulePack, path: string): { rule: string; article: string } | undefined {
  let node: unknown = pack;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  const citation = (node as { citation?: Citation } | undefined)?.citation;
  return citation ? { rule: `${pack.id}/${path}`, article: formatCitation(citation) } : undefined;
}

/**
 * A refusal by a rule of the regulation in force, for any context. Where the pack has a cited rule at
 * `path`, its id and article; where the regulation has no such rule or role (`{kind: 'none'}`), the same
 * id, citing the regulation as a whole and what it says instead.
 */
export function refuseByRegulation(pack: RulePack, path: string, message: string): RuleViolation {
  const ref = ruleRef(pack, path);
  if (ref) return new RuleViolation(ref.rule, ref.article, message);
  const note = noteAt(pack, path);
  const article = formatCitation({ ...pack.decision.citation, article: note ? `Quy chế (${note})` : 'Quy chế (không quy định)' });
  return new RuleViolation(`${pack.id}/${path}`, article, message);
}

function noteAt(pack: RulePack, path: string): string | undefined {
  let node: unknown = pack;
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key];
  const note = (node as { note?: unknown } | undefined)?.note;
  return typeof note === 'string' ? note : undefined;
}

/**
 * Names (of agencies, as packs and registers write them) compare without regard to case, spacing or
 * Unicode composition: `Sở Tài chính` = `sở tài  chính`.
 */
export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}
