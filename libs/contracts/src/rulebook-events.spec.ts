import { builtInPack } from '@bcd/regulation';
import { RegulationAdoptedDataSchema, TenantDecisionConfiguredDataSchema } from './rulebook-events.js';

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
});
