import { NotFound } from '@bcd/kernel';
import { formatCitation, ruleRef } from '../citation.js';
import { CIVIL_CODE } from '../conventions.js';
import { parseRulePack } from '../parse-rule-pack.js';
import { type Citation, RulePackSchema } from '../rule-pack.schema.js';
import { BUILT_IN_PACKS, builtInPack, kienGiang2008 } from './index.js';

// Every object that carries a citation, anywhere in a pack.
function citationsIn(node: unknown): Citation[] {
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own = 'article' in record && 'decision' in record ? [record as unknown as Citation] : [];
  return [...own, ...Object.values(record).flatMap(citationsIn)];
}

describe('built-in rule packs', () => {
  it('are the five seed regulations, with unique ids', () => {
    expect(BUILT_IN_PACKS.map((p) => p.id)).toEqual(['kien-giang-2008', 'thanh-hoa-2014', 'thanh-hoa-2018', 'binh-dinh-2021', 'phu-tho-2022']);
    expect(builtInPack('phu-tho-2022').province).toBe('Phú Thọ');
    expect(() => builtInPack('ha-noi-2020')).toThrow(NotFound);
  });

  it.each(BUILT_IN_PACKS.map((p) => [p.id, p] as const))('%s is valid against the schema and survives JSON', (_id, pack) => {
    expect(RulePackSchema.safeParse(pack).success).toBe(true);
    expect(parseRulePack(JSON.stringify(pack))).toEqual(pack);
  });

  it.each(BUILT_IN_PACKS.map((p) => [p.id, p] as const))('%s cites articles of its own decision', (_id, pack) => {
    const citations = citationsIn(pack);
    expect(citations.length).toBeGreaterThan(20);
    for (const c of citations) {
      expect(c.article).toMatch(/^Điều \d+/);
      expect(c.decision).toBe(pack.decision.citation.decision);
      expect(c.signedOn).toBe(pack.decision.signedOn);
    }
  });

  it('are frozen: change a copy', () => {
    expect(Object.isFrozen(kienGiang2008.meetings.plenary)).toBe(true);
  });

  it('cite rules for refusals as RuleViolation expects', () => {
    expect(ruleRef(kienGiang2008, 'meetings.absence')).toEqual({
      rule: 'kien-giang-2008/meetings.absence',
      article: 'Điều 10, Quyết định 1507/QĐ-UBND ngày 23/06/2008',
    });
    expect(ruleRef(kienGiang2008, 'meetings.standingBoard')).toBeUndefined();
    expect(ruleRef(kienGiang2008, 'no.such.path')).toBeUndefined();
    expect(formatCitation({ article: 'Điều 11 khoản 2', decision: '…/QĐ-BCĐ năm 2021', signedOn: null })).toBe(
      'Điều 11 khoản 2, Quyết định …/QĐ-BCĐ năm 2021',
    );
    expect(formatCitation(CIVIL_CODE.dayOffRollsOver)).toBe('Điều 148 khoản 5, Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015');
  });
});
