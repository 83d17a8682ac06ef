import { LocalDate } from '@bcd/calendar';
import { DeciderSpecification, NotFound, ValidationFailed } from '@bcd/kernel';
import {
  asAdoption,
  inEffectiveOrder,
  kienGiang2008,
  phuTho2022,
  regulationInForce,
  scheduleForPack,
  thanhHoa2014,
  thanhHoa2018,
  type AdoptionFacts,
  type RulePack,
  type TenantSettings,
} from '@bcd/regulation';
import { Rules } from '../rules.js';
import { readFileSync } from 'node:fs';
import type { AdoptRegulation, ConfigureTenantDecisions, RevisePack } from './adoption.js';
import { regulationsDecider } from './regulations.decider.js';
import type { RegulationEvent } from './regulations.js';

const now = new Date('2025-07-15T02:00:00.000Z'); // 09:00 in Vietnam, 2025-07-15
const d = (s: string) => LocalDate.parse(s);
const spec = DeciderSpecification.for(regulationsDecider);

const ID_2014 = '01980000-0000-7000-8000-000000002014';
const ID_2018 = '01980000-0000-7000-8000-000000002018';
const ID_PT = '01980000-0000-7000-8000-000000002022';

const facts = (pack: RulePack, adoptionId: string, overrides: Partial<AdoptionFacts> = {}): AdoptionFacts => ({
  adoptionId,
  source: { kind: 'built-in', packId: pack.id },
  pack,
  decisionNumber: pack.decision.number,
  signedOn: pack.decision.signedOn,
  effectiveFrom: pack.decision.signedOn!,
  supersedes: null,
  ...overrides,
});
const adopt = (f: AdoptionFacts, extra: { tenantConfiguration?: TenantSettings } = {}): AdoptRegulation => ({
  type: 'AdoptRegulation',
  data: { ...f, ...(extra.tenantConfiguration ? { tenantConfiguration: extra.tenantConfiguration } : {}) },
  metadata: { now },
});
const adopted = (f: AdoptionFacts): RegulationEvent => ({ type: 'RegulationAdopted', data: f });
const configure = (adoptionId: string, settings: TenantSettings): ConfigureTenantDecisions => ({
  type: 'ConfigureTenantDecisions',
  data: { adoptionId, settings },
  metadata: { now },
});

const th2014 = facts(thanhHoa2014, ID_2014);
const th2018 = facts(thanhHoa2018, ID_2018, { supersedes: '3461/QĐ-BCĐ' });
const pt2022 = facts(phuTho2022, ID_PT);

const memberReportsDue = {
  kind: 'fixed',
  deadlines: [
    { cadence: 'semiannual', periods: 'all', due: { month: 'last-month-of-period', day: 20, reading: 'no-later-than', wording: 'chậm nhất ngày 20 tháng cuối kỳ' } },
  ],
  citation: { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: '2022-07-01' },
};

describe('regulations decider', () => {
  describe('AdoptRegulation', () => {
    it('adopts a built-in pack, recording the whole pack and the decision', () => {
      spec.given([]).when(adopt(th2014)).then([adopted(th2014)]);
      expect(th2014).toMatchObject({ decisionNumber: '3461/QĐ-BCĐ', effectiveFrom: '2014-10-16' });
    });

    it('adopts a regulation that supersedes an earlier one', () => {
      spec.given([adopted(th2014)]).when(adopt(th2018)).then([adopted(th2018)]);
    });

    it('records the tenant\'s decisions given with the adoption as a second event', () => {
      spec
        .given([])
        .when(adopt(pt2022, { tenantConfiguration: { 'reporting.memberReports.due': memberReportsDue } }))
        .then([adopted(pt2022), { type: 'TenantDecisionConfigured', data: { adoptionId: ID_PT, settings: { 'reporting.memberReports.due': memberReportsDue } } }]);
    });

    it('does nothing when the same adoption is recorded again (a retried request)', () => {
      spec.given([adopted(th2014)]).when(adopt({ ...th2014, adoptionId: '01980000-0000-7000-8000-00000000ffff' })).thenNothingHappened();
    });

    it('refuses two regulations taking effect on the same day (RULEBOOK-effective-date-unique)', () => {
      spec
        .given([adopted(th2014)])
        .when(adopt(facts(thanhHoa2018, ID_2018, { decisionNumber: '9999/QĐ-BCĐ', signedOn: d('2014-10-16'), effectiveFrom: d('2014-10-16') })))
        .thenThrowsRule(Rules.effectiveDateUnique);
    });

    it('refuses an effective date before the signing date (RULEBOOK-effective-not-before-signing)', () => {
      spec
        .given([])
        .when(adopt({ ...th2014, effectiveFrom: d('2014-10-15') }))
        .thenThrowsRule(Rules.effectiveNotBeforeSigning);
    });

    it('refuses a decision signed after today (RULEBOOK-signed-not-in-future)', () => {
      spec
        .given([])
        .when(adopt({ ...th2014, signedOn: d('2025-07-16'), effectiveFrom: d('2025-07-16') }))
        .thenThrowsRule(Rules.signedNotInFuture);
      // today in Vietnam is fine, and an effective date in the future too
      spec
        .given([])
        .when(adopt({ ...th2014, signedOn: d('2025-07-15'), effectiveFrom: d('2026-01-01') }))
        .then([adopted({ ...th2014, signedOn: d('2025-07-15'), effectiveFrom: d('2026-01-01') })]);
    });

    it('refuses supersedes naming no adoption of the tenant (RULEBOOK-supersedes-earlier-adoption)', () => {
      spec.given([]).when(adopt(th2018)).thenThrowsRule(Rules.supersedesEarlierAdoption);
    });

    it('refuses supersedes naming an adoption that takes effect later (RULEBOOK-supersedes-earlier-adoption)', () => {
      spec
        .given([adopted(th2018)].map((e) => ({ ...e, data: { ...(e.data as AdoptionFacts), supersedes: null } }) as RegulationEvent))
        .when(adopt({ ...th2014, supersedes: '4095/QĐ-BCĐ' }))
        .thenThrowsRule(Rules.supersedesEarlierAdoption);
    });

    it('accepts the superseded regulation named by its pack id', () => {
      const byPackId = { ...th2018, supersedes: 'thanh-hoa-2014' };
      spec.given([adopted(th2014)]).when(adopt(byPackId)).then([adopted(byPackId)]);
    });

    it('refuses a decision number adopted already (RULEBOOK-decision-number-unique)', () => {
      spec
        .given([adopted(th2014)])
        .when(adopt({ ...th2014, adoptionId: ID_2018, effectiveFrom: d('2015-01-01') }))
        .thenThrowsRule(Rules.decisionNumberUnique);
    });

    it('refuses a custom pack taking the id of a built-in pack (RULEBOOK-custom-pack-id-reserved)', () => {
      spec
        .given([])
        .when(adopt({ ...th2014, source: { kind: 'custom' } }))
        .thenThrowsRule(Rules.customPackIdReserved);
      const custom = { ...structuredClone(thanhHoa2014), id: 'thanh-hoa-2014-sua-doi' } as RulePack;
      const own = { ...th2014, source: { kind: 'custom' as const }, pack: custom };
      spec.given([]).when(adopt(own)).then([adopted(own)]);
    });

    it('refuses configuration given with the adoption that names no tenant-decides slot, with the field path', () => {
      spec
        .given([])
        .when(adopt(pt2022, { tenantConfiguration: { 'meetings.plenary': { kind: 'none' } } }))
        .thenThrows(ValidationFailed, (e) => e.errors[0].path === 'tenantConfiguration.meetings.plenary');
    });
  });

  describe('ConfigureTenantDecisions', () => {
    it('records the tenant\'s decision on a rule the regulation leaves to the committee', () => {
      spec
        .given([adopted(pt2022)])
        .when(configure(ID_PT, { 'reporting.memberReports.due': memberReportsDue }))
        .then([{ type: 'TenantDecisionConfigured', data: { adoptionId: ID_PT, settings: { 'reporting.memberReports.due': memberReportsDue } } }]);
    });

    it('does nothing when the same decision is recorded again', () => {
      spec
        .given([adopted(pt2022), { type: 'TenantDecisionConfigured', data: { adoptionId: ID_PT, settings: { 'reporting.memberReports.due': memberReportsDue } } }])
        .when(configure(ID_PT, { 'reporting.memberReports.due': memberReportsDue }))
        .thenNothingHappened();
    });

    it('lets a later decision replace an earlier one on the same rule', () => {
      const later = { ...memberReportsDue, deadlines: [{ ...memberReportsDue.deadlines[0], due: { ...memberReportsDue.deadlines[0].due, day: 25 } }] };
      spec
        .given([adopted(pt2022), { type: 'TenantDecisionConfigured', data: { adoptionId: ID_PT, settings: { 'reporting.memberReports.due': memberReportsDue } } }])
        .when(configure(ID_PT, { 'reporting.memberReports.due': later }))
        .then([{ type: 'TenantDecisionConfigured', data: { adoptionId: ID_PT, settings: { 'reporting.memberReports.due': later } } }]);
    });

    it('is NotFound for an adoption the tenant does not have', () => {
      spec.given([adopted(pt2022)]).when(configure(ID_2014, { 'reporting.memberReports.due': memberReportsDue })).thenThrows(NotFound);
    });

    it('refuses a path that is not a tenant-decides slot, and a malformed rule, naming the field paths', () => {
      const given = spec.given([adopted(pt2022)]);
      given
        .when(configure(ID_PT, { 'meetings.plenary': { kind: 'none' } }))
        .thenThrows(ValidationFailed, (e) => e.errors.map((x) => x.path).join() === 'settings.meetings.plenary');
      given
        .when(configure(ID_PT, { 'reporting.memberReports.due': { ...memberReportsDue, deadlines: [{ ...memberReportsDue.deadlines[0], cadence: 'weekly' }] } }))
        .thenThrows(ValidationFailed, (e) => e.errors.map((x) => x.path).join() === 'settings.reporting.memberReports.due.deadlines.0.cadence');
      given.when(configure(ID_PT, {})).thenThrows(ValidationFailed, (e) => e.errors[0].path === 'settings');
    });
  });

  describe('RevisePack (a corrected encoding of the same regulation)', () => {
    // Thanh Hóa 2014 and Phú Thọ 2022 as adoptions recorded them before issue 10 (pack schema version 1).
    const v1 = (id: string) =>
      (JSON.parse(readFileSync(new URL('../../../../regulation/src/testing/rule-packs-v1.json', import.meta.url), 'utf8')) as RulePack[]).find((p) => p.id === id)!;
    const th2014v1 = facts(v1('thanh-hoa-2014'), ID_2014);
    const pt2022v1 = facts(v1('phu-tho-2022'), ID_PT);
    const revise = (adoptionId: string, pack?: RulePack): RevisePack => ({
      type: 'RevisePack',
      data: { adoptionId, reason: 'Đính chính gói quy tắc (issue 10)', ...(pack ? { pack } : {}) },
      metadata: { now },
    });

    it('revises a built-in adoption to the built-in pack as it is now; the tenant\'s decisions stay', () => {
      spec
        .given([adopted(th2014v1)])
        .when(revise(ID_2014))
        .then([{ type: 'AdoptedPackRevised', data: { adoptionId: ID_2014, pack: thanhHoa2014, reason: 'Đính chính gói quy tắc (issue 10)' } }]);
      const configured: RegulationEvent = { type: 'TenantDecisionConfigured', data: { adoptionId: ID_PT, settings: { 'reporting.memberReports.due': memberReportsDue } } };
      const events: RegulationEvent[] = [adopted(pt2022v1), configured, { type: 'AdoptedPackRevised', data: { adoptionId: ID_PT, pack: phuTho2022, reason: 'x' } }];
      const state = events.reduce(regulationsDecider.evolve, regulationsDecider.initialState());
      expect(state.adoptions[0]).toMatchObject({ pack: { schemaVersion: 2, reporting: { memberReports: { reporter: 'agencies' } } }, configuration: { 'reporting.memberReports.due': memberReportsDue } });
      expect(state.adoptions[0].effectivePack.reporting.memberReports.due.kind).toBe('fixed');
      expect(state.adoptions[0]).toMatchObject({ decisionNumber: '1344/QĐ-BCĐCĐS', effectiveFrom: '2022-05-18' });
    });

    it('does nothing when the adoption already holds that pack', () => {
      spec.given([adopted(th2014)]).when(revise(ID_2014)).thenNothingHappened();
    });

    it('revises a custom adoption to the corrected pack of the same id, and refuses another id or a pack for a built-in adoption (RULEBOOK-revision-same-regulation)', () => {
      const custom = { ...structuredClone(thanhHoa2014), id: 'thanh-hoa-2014-sua-doi' } as RulePack;
      const corrected = structuredClone(custom);
      corrected.title = `${custom.title} (đính chính)`;
      const customFacts = facts(custom, ID_2014, { source: { kind: 'custom' } });
      spec
        .given([adopted(customFacts)])
        .when(revise(ID_2014, corrected))
        .then([{ type: 'AdoptedPackRevised', data: { adoptionId: ID_2014, pack: corrected, reason: 'Đính chính gói quy tắc (issue 10)' } }]);
      spec.given([adopted(customFacts)]).when(revise(ID_2014, { ...corrected, id: 'another' })).thenThrowsRule(Rules.revisionSameRegulation);
      spec.given([adopted(customFacts)]).when(revise(ID_2014)).thenThrows(ValidationFailed, (e) => e.errors[0].path === 'pack');
      spec.given([adopted(th2014v1)]).when(revise(ID_2014, thanhHoa2014)).thenThrowsRule(Rules.revisionSameRegulation);
    });

    it('refuses a revision the tenant\'s decisions no longer fit (RULEBOOK-revision-keeps-tenant-decisions)', () => {
      const custom = { ...structuredClone(phuTho2022), id: 'phu-tho-2022-rieng' } as RulePack;
      const fixed = structuredClone(custom);
      fixed.reporting.memberReports.due = { ...(memberReportsDue as unknown as typeof fixed.reporting.memberReports.due) };
      const customFacts = facts(custom, ID_PT, { source: { kind: 'custom' } });
      spec
        .given([adopted(customFacts), { type: 'TenantDecisionConfigured', data: { adoptionId: ID_PT, settings: { 'reporting.memberReports.due': memberReportsDue } } }])
        .when(revise(ID_PT, fixed))
        .thenThrowsRule(Rules.revisionKeepsTenantDecisions);
    });

    it('answers NotFound for an adoption the tenant does not have', () => {
      spec.given([]).when(revise(ID_2014)).thenThrows(NotFound);
    });
  });

  describe('state', () => {
    it('gives the effective pack: the tenant\'s decisions filled in, so obligations are generated', () => {
      const events: RegulationEvent[] = [
        adopted(pt2022),
        { type: 'TenantDecisionConfigured', data: { adoptionId: ID_PT, settings: { 'reporting.memberReports.due': memberReportsDue } } },
      ];
      const state = events.reduce(regulationsDecider.evolve, regulationsDecider.initialState());
      const before = scheduleForPack(state.adoptions[0].pack, d('2023-01-01'), d('2023-12-31'));
      const after = scheduleForPack(state.adoptions[0].effectivePack, d('2023-01-01'), d('2023-12-31'));
      expect(before.reportObligations).toEqual([]);
      expect(after.reportObligations.map((o) => [o.period, o.dueDate])).toEqual([
        ['2023-H1', '2023-06-20'],
        ['2023-H2', '2023-12-20'],
      ]);
    });

    it('lists adoptions in effective order whatever order they were recorded in', () => {
      const kg = facts(kienGiang2008, '01980000-0000-7000-8000-000000002008');
      const state = [adopted(th2018), adopted(kg), adopted(th2014)]
        .map((e) => (e.type === 'RegulationAdopted' ? { ...e, data: { ...e.data, supersedes: null } } : e))
        .reduce(regulationsDecider.evolve, regulationsDecider.initialState());
      const ordered = inEffectiveOrder(state.adoptions);
      expect(ordered.map((a) => a.pack.id)).toEqual(['kien-giang-2008', 'thanh-hoa-2014', 'thanh-hoa-2018']);
      expect(regulationInForce(ordered.map(asAdoption), d('2018-10-18'))?.pack.id).toBe('thanh-hoa-2014');
    });
  });
});
