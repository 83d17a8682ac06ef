import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRuleTable } from './rule-table.js';

// libs/regulation/RULES-TABLE.md must equal the generated table, so it cannot drift from the packs.
// Regenerate with UPDATE_RULES_TABLE=1.
const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'RULES-TABLE.md');
// The root README carries the same table one heading level down, between these markers.
const readme = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'README.md');
const START = '<!-- rules-table:start -->\n';
const END = '<!-- rules-table:end -->';
const inReadme = (table: string) => table.replace(/^#/gm, '##');

describe('RULES-TABLE.md', () => {
  it('is the generated table of every built-in rule and its citation', () => {
    const generated = renderRuleTable();
    if (process.env.UPDATE_RULES_TABLE === '1') writeFileSync(file, generated);
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('stands in the root README too', () => {
    const generated = inReadme(renderRuleTable());
    const section = (text: string) => ({ start: text.indexOf(START) + START.length, end: text.indexOf(END) });
    let text = readFileSync(readme, 'utf8');
    if (process.env.UPDATE_RULES_TABLE === '1') {
      const { start, end } = section(text);
      text = text.slice(0, start) + generated + text.slice(end);
      writeFileSync(readme, text);
    }
    const { start, end } = section(text);
    expect(start).toBeGreaterThanOrEqual(START.length);
    expect(text.slice(start, end)).toBe(generated);
  });

  it('has a row for each rule, with the citations', () => {
    const table = renderRuleTable();
    expect(table).toContain('| `meetings.plenary` | periodic; cadence: quarterly; window: (days-of-last-month; fromDay: 20; toDay: 30) | Điều 10 |');
    expect(table).toContain('| `reporting.memberReports.due` | tenant-decides;');
    expect(table.match(/^## /gm)).toHaveLength(6); // the time conventions and the five packs
    expect(table).toContain('| 1 | `documents.noticeSigner` | Notices and minutes are signed only by the standing member who is Giám đốc Sở TTTT');
  });
});
