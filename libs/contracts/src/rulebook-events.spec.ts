import { readFileSync } from 'node:fs';
import { builtInPack } from '@bcd/regulation';
import { AdoptedPackRevisedDataSchema, RegulationAdoptedDataSchema, TenantDecisionConfiguredDataSchema } from './rulebook-events.js';

describe('rulebook event contracts', () => {
  const pack = builtInPack('thanh-hoa-2014');
  const adopted = {
    adoptionId: '0190f1a2-0000-7000-8000-000000000001',
    source: { kind: 'built-in', packId: pack.id },
    pack: JSON.parse(JSON.stringify(pack)),
    decisionNumber: pack.decision.number,
    signedOn: pack.decision.signedOn,
    effectiveFrom: pack.decision.signedOn,
    supersedes: null,
  };

  it('reads a RegulationAdopted as stored (JSON), the pack included', () => {
    expect(RegulationAdoptedDataSchema.parse(adopted)).toEqual(adopted);
  });

  it('refuses data that drifted: a missing date, a pack that is no rule pack', () => {
    expect(RegulationAdoptedDataSchema.safeParse({ ...adopted, effectiveFrom: undefined }).success).toBe(false);
    expect(RegulationAdoptedDataSchema.safeParse({ ...adopted, effectiveFrom: '16/10/2014' }).success).toBe(false);
    expect(RegulationAdoptedDataSchema.safeParse({ ...adopted, pack: { id: 'x' } }).success).toBe(false);
    expect(RegulationAdoptedDataSchema.safeParse({ ...adopted, source: { kind: 'vendor' } }).success).toBe(false);
  });

  it('reads a TenantDecisionConfigured', () => {
    const data = { adoptionId: adopted.adoptionId, settings: { 'reporting.memberReports.due': { kind: 'none' } } };
    expect(TenantDecisionConfiguredDataSchema.parse(data)).toEqual(data);
    expect(TenantDecisionConfiguredDataSchema.safeParse({ settings: {} }).success).toBe(false);
  });

  it('reads a RegulationAdopted stored with a version-1 pack in the current pack schema', () => {
    const v1Packs = JSON.parse(readFileSync(new URL('../../regulation/src/testing/rule-packs-v1.json', import.meta.url), 'utf8')) as { id: string; schemaVersion: number }[];
    const stored = { ...adopted, pack: v1Packs.find((p) => p.id === 'thanh-hoa-2014') };
    const read = RegulationAdoptedDataSchema.parse(stored);
    expect(read.pack).toMatchObject({ id: 'thanh-hoa-2014', schemaVersion: 2, composition: { secretary: { kind: 'none' } } });
    expect(stored.pack?.schemaVersion).toBe(1);
  });

  it('reads an AdoptedPackRevised', () => {
    const data = { adoptionId: adopted.adoptionId, pack: JSON.parse(JSON.stringify(pack)), reason: 'Đính chính' };
    expect(AdoptedPackRevisedDataSchema.parse(data)).toEqual(data);
    expect(AdoptedPackRevisedDataSchema.safeParse({ ...data, reason: '' }).success).toBe(false);
  });
});
