import { LocalDate } from '@bcd/calendar';
import { evolveAdoptions, regulationSpanOn, type AdoptedRegulation, type AdoptionEvent, type AdoptionFacts } from './adoptions.js';
import { phuTho2022, thanhHoa2014, thanhHoa2018 } from './packs/index.js';
import type { RulePack } from './rule-pack.schema.js';

const d = (s: string) => LocalDate.parse(s);

function adopted(adoptionId: string, pack: RulePack, effectiveFrom: string, supersedes: string | null = null): AdoptionEvent {
  const data: AdoptionFacts = {
    adoptionId,
    source: { kind: 'built-in', packId: pack.id },
    pack,
    decisionNumber: pack.decision.number,
    signedOn: pack.decision.signedOn,
    effectiveFrom: d(effectiveFrom),
    supersedes,
  };
  return { type: 'RegulationAdopted', data };
}

const fold = (events: AdoptionEvent[]) => events.reduce<AdoptedRegulation[]>(evolveAdoptions, []);

describe('the fold of a tenant\'s adoptions', () => {
  const due = {
    kind: 'fixed',
    deadlines: [{ cadence: 'quarterly', periods: 'all', due: { month: 'last-month-of-period', day: 20, reading: 'no-later-than', wording: 'chậm nhất ngày 20' } }],
    citation: { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: d('2022-07-01') },
  };

  it('keeps the pack as adopted and fills the tenant\'s decisions into the effective pack', () => {
    const [phuTho] = fold([
      adopted('a', phuTho2022, '2022-05-18'),
      { type: 'TenantDecisionConfigured', data: { adoptionId: 'a', settings: { 'reporting.memberReports.due': due } } },
    ]);
    expect(phuTho.pack.reporting.memberReports.due.kind).toBe('tenant-decides');
    expect(phuTho.effectivePack.reporting.memberReports.due.kind).toBe('fixed');
    expect(phuTho.configuration).toEqual({ 'reporting.memberReports.due': due });
  });

  it('ignores an adoption recorded twice and a configuration of an unknown adoption', () => {
    const event = adopted('a', thanhHoa2014, '2014-10-16');
    const adoptions = fold([event, event, { type: 'TenantDecisionConfigured', data: { adoptionId: 'x', settings: {} } }]);
    expect(adoptions.map((a) => a.adoptionId)).toEqual(['a']);
  });

  it('gives the span of the regulation in force on a date (Thanh Hóa: 2014 until the 2018 one takes effect)', () => {
    const adoptions = fold([adopted('2014', thanhHoa2014, '2014-10-16'), adopted('2018', thanhHoa2018, '2018-10-19', '3461/QĐ-BCĐ')]).map((a) => ({
      ...a,
      pack: a.effectivePack,
    }));
    expect(regulationSpanOn(adoptions, d('2014-10-15'))).toBeUndefined();
    const first = regulationSpanOn(adoptions, d('2018-10-18'));
    expect(first).toMatchObject({ from: '2014-10-16', until: '2018-10-19', lastDay: '2018-10-18' });
    expect(first?.adoption.adoptionId).toBe('2014');
    expect(regulationSpanOn(adoptions, d('2018-10-19'))).toMatchObject({ from: '2018-10-19', until: null, lastDay: null });
  });
});
