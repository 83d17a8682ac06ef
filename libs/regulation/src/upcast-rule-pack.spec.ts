import { readFileSync } from 'node:fs';
import { LocalDate } from '@bcd/calendar';
import { evolveAdoptions, type AdoptionEvent, type AdoptedRegulation } from './adoptions.js';
import { BUILT_IN_PACKS } from './packs/index.js';
import { parseRulePack } from './parse-rule-pack.js';
import { RulePackSchema, type RulePack } from './rule-pack.schema.js';
import { scheduleForPack } from './schedule.js';
import { RULE_PACK_SCHEMA_VERSION, upcastRulePack } from './upcast-rule-pack.js';

// The five built-in packs exactly as adoptions recorded them before issue 10 (schema version 1).
const V1_JSON = readFileSync(new URL('./testing/rule-packs-v1.json', import.meta.url), 'utf8');
const v1Packs = (): Record<string, unknown>[] => JSON.parse(V1_JSON);
const v1 = (id: string) => v1Packs().find((p) => p.id === id) as Record<string, unknown>;

describe('packs recorded in schema version 1 (before issue 10)', () => {
  it.each(v1Packs().map((p) => [p.id as string, p] as const))('%s loads in the current schema', (_id, stored) => {
    const before = JSON.stringify(stored);
    const pack = parseRulePack(stored);
    expect(pack.schemaVersion).toBe(RULE_PACK_SCHEMA_VERSION);
    expect(RulePackSchema.safeParse(upcastRulePack(stored)).success).toBe(true);
    // Nothing stored is rewritten: the input is left as it was.
    expect(JSON.stringify(stored)).toBe(before);
  });

  it('keeps every value version 1 recorded, in its new place', () => {
    const th2014 = parseRulePack(v1('thanh-hoa-2014'));
    // Recorded without the signer's agency: it stays so (the corrected pack reaches a tenant by a new adoption).
    expect(th2014.documents.noticeSigner).toEqual(expect.objectContaining({ kind: 'role', role: 'standing-member' }));
    expect(th2014.documents.noticeSigner).not.toHaveProperty('agency');
    expect(th2014.meetings.extraordinary).toEqual(expect.objectContaining({ convenedBy: ['chair'] }));

    const th2018 = parseRulePack(v1('thanh-hoa-2018'));
    expect(th2018.composition.secretary).toEqual({ kind: 'held-by-standing-member', citation: expect.objectContaining({ article: 'Điều 5' }) });
    expect(th2018.composition.standingMembers).not.toHaveProperty('alsoSecretary');
    expect(th2018.meetings.absence).toEqual(expect.objectContaining({ approvers: [{ by: 'presiding-person', citation: expect.objectContaining({ article: 'Điều 6 khoản 5' }) }] }));

    const kg = parseRulePack(v1('kien-giang-2008'));
    expect(kg.budget.categories).toEqual(expect.objectContaining({ kind: 'per-legal-documents', documents: ['Thông tư liên tịch 43/2008/TTLT-BTC-BTTTT ngày 26/5/2008'] }));
    expect(kg.budget.expenditureDecision).toEqual({ kind: 'none' });
    expect(kg.composition.secretary.kind).toBe('none');

    // Fields version 1 did not have take the reading RULES.md gives.
    expect(th2014.composition.longAbsence).toEqual(expect.objectContaining({ thresholdReasons: ['work-trip', 'study'] }));
    expect(kg.meetings.documentLeadTime).toEqual(expect.objectContaining({ counting: 'exclude-send-day-and-meeting-day' }));
    const due = kg.reporting.memberReports.due;
    expect(due.kind === 'fixed' && due.deadlines[0].due.onDayOff).toBe('next-working-day');
  });

  it('an upcast pack reads like a new one: same keys, in the same order, as the current built-in pack', () => {
    const keys = (node: unknown): unknown =>
      node !== null && typeof node === 'object' && !Array.isArray(node)
        ? Object.entries(node).map(([k, v]) => [k, keys(v)])
        : Array.isArray(node)
          ? node.map(keys)
          : null;
    const current = BUILT_IN_PACKS.find((p) => p.id === 'thanh-hoa-2018') as RulePack;
    const upcast = parseRulePack(v1('thanh-hoa-2018'));
    expect(Object.keys(upcast)).toEqual(Object.keys(current));
    expect(Object.keys(upcast.composition)).toEqual(Object.keys(current.composition));
    expect(Object.keys(upcast.budget)).toEqual(Object.keys(current.budget));
    expect(keys(upcast.documents.noticeSigner)).toEqual(keys(current.documents.noticeSigner));
  });

  it('a stored adoption of a version-1 pack, and the tenant decisions recorded for it, fold into a current effective pack', () => {
    const events: AdoptionEvent[] = [
      {
        type: 'RegulationAdopted',
        data: {
          adoptionId: 'a1',
          source: { kind: 'built-in', packId: 'phu-tho-2022' },
          pack: v1('phu-tho-2022') as unknown as RulePack,
          decisionNumber: '1344/QĐ-BCĐCĐS',
          signedOn: LocalDate.parse('2022-05-18'),
          effectiveFrom: LocalDate.parse('2022-05-18'),
          supersedes: null,
        },
      },
      {
        type: 'TenantDecisionConfigured',
        data: {
          adoptionId: 'a1',
          // As recorded then: a due rule without `onDayOff`.
          settings: {
            'reporting.memberReports.due': {
              kind: 'fixed',
              deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 15, reading: 'no-later-than', wording: 'chậm nhất ngày 15' } }],
              citation: { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: '2022-07-01' },
            },
          },
        },
      },
    ];
    const [adoption] = events.reduce<AdoptedRegulation[]>(evolveAdoptions, []);
    expect(adoption.pack.schemaVersion).toBe(2);
    expect(adoption.effectivePack.schemaVersion).toBe(2);
    // Q1 2023: "chậm nhất ngày 15" = Wednesday 15/3, Q2: Thursday 15/6; Q3: Friday 15/9; Q4: Friday 15/12.
    const obligations = scheduleForPack(adoption.effectivePack, LocalDate.parse('2023-01-01'), LocalDate.parse('2023-12-31')).reportObligations;
    expect(obligations.map((o) => [o.period, o.dueDate, o.deadline.onDayOff])).toEqual([
      ['2023-Q1', '2023-03-15', 'next-working-day'],
      ['2023-Q2', '2023-06-15', 'next-working-day'],
      ['2023-Q3', '2023-09-15', 'next-working-day'],
      ['2023-Q4', '2023-12-15', 'next-working-day'],
    ]);
  });

  it('leaves the current version and anything that is not a pack as it is', () => {
    const current = BUILT_IN_PACKS[0];
    expect(upcastRulePack(current)).toBe(current);
    expect(upcastRulePack('text')).toBe('text');
    expect(upcastRulePack(null)).toBeNull();
  });
});
