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
