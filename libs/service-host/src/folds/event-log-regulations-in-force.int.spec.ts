// EventLogRegulationsInForce (the fold every host without the rulebook uses) on a real store (PGlite): it rebuilds a tenant's adoptions from the
// rulebook's events (`rulebook.RegulationAdopted`, `rulebook.TenantDecisionConfigured`, `rulebook.AdoptedPackRevised`, their data as
// libs/contracts defines it), appended where libs/rulebook appends them (stream
// `rulebook-regulations-<tenant>`, under the tenant itself), and never from another tenant's events.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDate } from '@bcd/calendar';
import { newId } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { builtInPack, configurePack, tenantDecisions, type RulePack } from '@bcd/regulation';
import {
  RegulationAdoptedDataSchema,
  RULEBOOK_EVENT_TYPES,
  TenantDecisionConfiguredDataSchema,
  type AdoptedPackRevisedData,
  type RegulationAdoptedData,
  type TenantDecisionConfiguredData,
} from '@bcd/contracts';
import { EventLogRegulationsInForce } from './event-log-regulations-in-force.js';

const d = (s: string) => LocalDate.parse(s);
const streamOf = (tenant: string) => `rulebook-regulations-${tenant}`;

/** What libs/rulebook records when a tenant adopts a built-in pack. */
function adoptedData(pack: RulePack, effectiveFrom: LocalDate, supersedes: string | null = null): RegulationAdoptedData {
  return RegulationAdoptedDataSchema.parse({
    adoptionId: newId(),
    source: { kind: 'built-in', packId: pack.id },
    pack,
    decisionNumber: pack.decision.number,
    signedOn: pack.decision.signedOn,
    effectiveFrom,
    supersedes,
  });
}

/** The tenant's decision on Phú Thọ 2022's member-report due dates (Điều 4 khoản 3 leaves it open). */
const memberReportsDue = {
  kind: 'fixed',
  deadlines: [
    { cadence: 'semiannual', periods: 'all', due: { month: 'last-month-of-period', day: 20, reading: 'no-later-than', wording: 'chậm nhất ngày 20 tháng cuối kỳ' } },
  ],
  citation: { article: 'Mục III', decision: '45/KH-BCĐCĐS', signedOn: '2022-07-01' },
};

describe('EventLogRegulationsInForce (PGlite)', () => {
  let dataDir: string;
  let store: PostgresEventStore;
  let regulations: EventLogRegulationsInForce;

  const append = (tenant: string, type: string, data: RegulationAdoptedData | TenantDecisionConfiguredData | AdoptedPackRevisedData) =>
    store.appendToStream(tenant, streamOf(tenant), [{ type, data }]);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'membership-regulations-'));
    store = await createEventStore({ dataDir });
    regulations = new EventLogRegulationsInForce(store);
  });

  afterAll(async () => {
    await store?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  describe('a tenant deciding what its regulation leaves open (Phú Thọ 2022)', () => {
    const tenant = 'phu-tho';
    const pack = builtInPack('phu-tho-2022');
    const adopted = adoptedData(pack, pack.decision.signedOn!);

    it('has no regulation in force before it adopts one', async () => {
      expect(await regulations.inForce(tenant, d('2022-06-01'))).toBeUndefined();
      expect(await regulations.adoptions(tenant)).toEqual([]);
    });

    it('once adopted, the member-report due dates are still the tenant’s to decide', async () => {
      expect(tenantDecisions(pack).map((t) => t.path)).toContain('reporting.memberReports.due');
      await append(tenant, RULEBOOK_EVENT_TYPES.regulationAdopted, adopted);

      const inForce = await regulations.inForce(tenant, d('2022-06-01'));
      expect(inForce).toMatchObject({ decisionNumber: '1344/QĐ-BCĐCĐS', signedOn: '2022-05-18', effectiveFrom: '2022-05-18', supersedes: null });
      expect(inForce!.pack.id).toBe('phu-tho-2022');
      expect(inForce!.pack.reporting.memberReports.due.kind).toBe('tenant-decides');
      expect(tenantDecisions(inForce!.pack).map((t) => t.path)).toEqual(['reporting.memberReports.recipient', 'reporting.memberReports.due', 'reporting.activityReports.0.due']);
      // before its effective date, still nothing
      expect(await regulations.inForce(tenant, d('2022-05-17'))).toBeUndefined();
    });

    it('once the tenant configures them, the pack in force carries the configured due dates', async () => {
      const settings = { 'reporting.memberReports.due': memberReportsDue };
      await append(
        tenant,
        RULEBOOK_EVENT_TYPES.tenantDecisionConfigured,
        TenantDecisionConfiguredDataSchema.parse({ adoptionId: adopted.adoptionId, settings }),
      );

      const inForce = await regulations.inForce(tenant, d('2022-06-01'));
      // the pack libs/rulebook's read model computes: the adopted pack with the configuration filled in
      expect(inForce!.pack).toEqual(configurePack(pack, settings));
      // as recorded, with the day-off rule a due rule states when it is left out (BLDS 2015 Điều 148.5)
      const due = memberReportsDue.deadlines[0].due;
      expect(inForce!.pack.reporting.memberReports.due).toEqual({ ...memberReportsDue, deadlines: [{ ...memberReportsDue.deadlines[0], due: { ...due, onDayOff: 'next-working-day' } }] });
      expect(tenantDecisions(inForce!.pack).map((t) => t.path)).toEqual(['reporting.memberReports.recipient', 'reporting.activityReports.0.due']);
      // the built-in pack itself is untouched
      expect(pack.reporting.memberReports.due.kind).toBe('tenant-decides');
    });
  });

  describe('an adoption recorded with a version-1 pack, then revised (issue 10)', () => {
    const tenant = 'lao-cai';

    it('reads the stored pack in the current schema, and follows a revision to the corrected built-in pack', async () => {
      const v1Packs = JSON.parse(await readFile(new URL('../../../regulation/src/testing/rule-packs-v1.json', import.meta.url), 'utf8')) as { id: string; schemaVersion: number }[];
      const stored = v1Packs.find((p) => p.id === 'thanh-hoa-2014');
      const adoptionId = newId();
      await append(tenant, RULEBOOK_EVENT_TYPES.regulationAdopted, {
        adoptionId,
        source: { kind: 'built-in', packId: 'thanh-hoa-2014' },
        pack: stored,
        decisionNumber: '3461/QĐ-BCĐ',
        signedOn: '2014-10-16',
        effectiveFrom: '2014-10-16',
        supersedes: null,
      } as unknown as RegulationAdoptedData);
      const before = await regulations.inForce(tenant, d('2015-01-01'));
      expect(before?.pack).toMatchObject({ schemaVersion: 2, meetings: { extraordinary: { convenedBy: ['chair'] } } });

      const revision: AdoptedPackRevisedData = { adoptionId, pack: builtInPack('thanh-hoa-2014'), reason: 'Đính chính (issue 10)' };
      await append(tenant, RULEBOOK_EVENT_TYPES.adoptedPackRevised, revision);
      const after = await regulations.inForce(tenant, d('2015-01-01'));
      expect(after?.pack).toEqual(builtInPack('thanh-hoa-2014'));
      expect(after?.decisionNumber).toBe('3461/QĐ-BCĐ');
    });
  });

  describe('a later regulation replacing an earlier one (Thanh Hóa 2014, 2018)', () => {
    const tenant = 'thanh-hoa';

    beforeAll(async () => {
      const th2014 = builtInPack('thanh-hoa-2014');
      const th2018 = builtInPack('thanh-hoa-2018');
      // recorded out of effective order: the effective date decides, not the order of the events
      await append(tenant, RULEBOOK_EVENT_TYPES.regulationAdopted, adoptedData(th2018, d('2018-10-19'), th2014.decision.number));
      await append(tenant, RULEBOOK_EVENT_TYPES.regulationAdopted, adoptedData(th2014, d('2014-10-16')));
    });

    it('judges each date by the regulation in force that day', async () => {
      expect(await regulations.inForce(tenant, d('2014-10-15'))).toBeUndefined();
      expect((await regulations.inForce(tenant, d('2014-10-16')))?.pack.id).toBe('thanh-hoa-2014');
      expect((await regulations.inForce(tenant, d('2018-10-18')))?.pack.id).toBe('thanh-hoa-2014');
      expect(await regulations.inForce(tenant, d('2018-10-19'))).toMatchObject({
        decisionNumber: '4095/QĐ-BCĐ',
        effectiveFrom: '2018-10-19',
        supersedes: '3461/QĐ-BCĐ',
        pack: expect.objectContaining({ id: 'thanh-hoa-2018' }),
      });
      expect((await regulations.adoptions(tenant)).map((a) => a.pack.id)).toEqual(['thanh-hoa-2014', 'thanh-hoa-2018']);
    });
  });

  describe('tenants apart', () => {
    it('never uses another tenant’s events', async () => {
      // kien-giang has adopted nothing, though phu-tho and thanh-hoa have
      expect(await regulations.inForce('kien-giang', d('2022-06-01'))).toBeUndefined();
      expect(await regulations.adoptions('kien-giang')).toEqual([]);

      // binh-dinh adopts its own regulation, in its own stream: kien-giang still has none
      const bd = builtInPack('binh-dinh-2021');
      await append('binh-dinh', RULEBOOK_EVENT_TYPES.regulationAdopted, adoptedData(bd, d('2021-06-01')));
      expect(await regulations.inForce('kien-giang', d('2022-06-01'))).toBeUndefined();

      // another tenant configuring "its" adoption with this tenant's adoption id changes nothing here
      const [phuTho] = await regulations.adoptions('phu-tho');
      const phuThoAdoption = (await store.readAll({ tenantId: 'phu-tho', typePrefix: 'rulebook.' })).events[0].data as RegulationAdoptedData;
      await append('binh-dinh', RULEBOOK_EVENT_TYPES.tenantDecisionConfigured, {
        adoptionId: phuThoAdoption.adoptionId,
        settings: { 'reporting.activityReports.0.due': memberReportsDue },
      });
      const [after] = await regulations.adoptions('phu-tho');
      expect(after.pack).toEqual(phuTho.pack);
      expect(after.pack.reporting.activityReports[0].due.kind).toBe('tenant-decides');

      // and each tenant still sees only its own
      expect((await regulations.adoptions('thanh-hoa')).map((a) => a.pack.id)).toEqual(['thanh-hoa-2014', 'thanh-hoa-2018']);
      expect((await regulations.adoptions('phu-tho')).map((a) => a.pack.id)).toEqual(['phu-tho-2022']);
      expect((await regulations.adoptions('binh-dinh')).map((a) => a.pack.id)).toEqual(['binh-dinh-2021']);
      expect(await regulations.adoptions('kien-giang')).toEqual([]);
    });
  });
});
