import { DeciderSpecification, NotFound, StateConflict } from '@bcd/kernel';
import { PLATFORM_TENANT, TENANCY_POLICY, TENANT_MERGED_RULE } from '@bcd/auth';
import { Rules, TENANCY_POLICY as POLICY } from '../rules.js';
import { RESERVED_TENANT_CODES } from './lifecycle.js';
import { tenantDecider } from './tenant.decider.js';
import type { TenantEvent, TenantState } from './tenant.js';

const now = new Date('2025-07-01T03:00:00.000Z');
const spec = DeciderSpecification.for(tenantDecider);
const created = (code: string, name: string): TenantEvent => ({ type: 'TenantCreated', data: { code, name } });
const active = (code: string): TenantState => ({ status: 'active', code, name: code });

describe('tenant decider', () => {
  describe('CreateTenant', () => {
    it('creates a tenant with its code and name', () => {
      spec
        .given([])
        .when({ type: 'CreateTenant', data: { code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' }, metadata: { now } })
        .then([created('thanh-hoa', 'Tỉnh Thanh Hóa')]);
    });

    it('refuses a code already taken', () => {
      spec
        .given([created('thanh-hoa', 'Tỉnh Thanh Hóa')])
        .when({ type: 'CreateTenant', data: { code: 'thanh-hoa', name: 'Again' }, metadata: { now } })
        .thenThrowsRule(Rules.tenantCodeUnique);
    });

    it('refuses the platform pseudo-tenant code', () => {
      expect(RESERVED_TENANT_CODES).toContain(PLATFORM_TENANT);
      spec
        .given([])
        .when({ type: 'CreateTenant', data: { code: PLATFORM_TENANT, name: 'Platform' }, metadata: { now } })
        .thenThrowsRule(Rules.tenantCodeReserved);
    });
  });

  describe('RenameTenant', () => {
    it('renames, keeping the previous name on the event', () => {
      spec
        .given([created('binh-dinh', 'Bình Định')])
        .when({ type: 'RenameTenant', data: { code: 'binh-dinh', name: 'Tỉnh Bình Định' }, metadata: { now } })
        .then([{ type: 'TenantRenamed', data: { code: 'binh-dinh', name: 'Tỉnh Bình Định', previousName: 'Bình Định' } }]);
    });

    it('does nothing when the name is unchanged', () => {
      spec
        .given([created('binh-dinh', 'Bình Định')])
        .when({ type: 'RenameTenant', data: { code: 'binh-dinh', name: 'Bình Định' }, metadata: { now } })
        .thenNothingHappened();
    });

    it('is NotFound for an unknown tenant', () => {
      spec
        .given([])
        .when({ type: 'RenameTenant', data: { code: 'x', name: 'X' }, metadata: { now } })
        .thenThrows(NotFound);
    });

    it('refuses to rename a merged tenant', () => {
      spec
        .given([created('kien-giang', 'Kiên Giang'), { type: 'TenantMerged', data: { code: 'kien-giang', into: 'an-giang', effectiveAt: '2025-07-01T00:00:00.000Z' } }])
        .when({ type: 'RenameTenant', data: { code: 'kien-giang', name: 'KG' }, metadata: { now } })
        .thenThrowsRule(Rules.tenantMerged);
    });
  });

  describe('MergeTenant', () => {
    const merge = (into: string, state: TenantState, effectiveAt = new Date('2025-07-01T00:00:00+07:00')) => ({
      type: 'MergeTenant' as const,
      data: { code: 'kien-giang', into: { code: into, state }, effectiveAt },
      metadata: { now },
    });

    it('merges into an active tenant on the effective date', () => {
      spec
        .given([created('kien-giang', 'Kiên Giang')])
        .when(merge('an-giang', active('an-giang')))
        .then([{ type: 'TenantMerged', data: { code: 'kien-giang', into: 'an-giang', effectiveAt: '2025-06-30T17:00:00.000Z' } }]);
    });

    it('keeps the state as merged, with its name and target', () => {
      spec
        .given([created('kien-giang', 'Kiên Giang')])
        .when(merge('an-giang', active('an-giang')))
        .thenState({ status: 'merged', code: 'kien-giang', name: 'Kiên Giang', into: 'an-giang', effectiveAt: '2025-06-30T17:00:00.000Z' });
    });

    it('refuses an effective date in the future', () => {
      spec
        .given([created('kien-giang', 'Kiên Giang')])
        .when(merge('an-giang', active('an-giang'), new Date(now.getTime() + 1000)))
        .thenThrowsRule(Rules.mergeEffectiveDate);
    });

    it('refuses a merge into itself, into an unknown tenant, or into a merged one', () => {
      const given = spec.given([created('kien-giang', 'Kiên Giang')]);
      given.when(merge('kien-giang', active('kien-giang'))).thenThrowsRule(Rules.mergeIntoItself);
      given.when(merge('nowhere', { status: 'absent' })).thenThrows(NotFound);
      given
        .when(merge('old', { status: 'merged', code: 'old', name: 'Old', into: 'new', effectiveAt: '2025-01-01T00:00:00.000Z' }))
        .thenThrowsRule(Rules.mergeTargetActive);
    });

    it('refuses a second merge, into the same tenant or another, as a conflict (409) naming the rule', () => {
      const mergedAlready = spec
        .given([created('kien-giang', 'Kiên Giang'), { type: 'TenantMerged', data: { code: 'kien-giang', into: 'an-giang', effectiveAt: '2025-06-30T17:00:00.000Z' } }]);
      mergedAlready.when(merge('an-giang', active('an-giang'))).thenThrows(StateConflict, (e) => e.rule === Rules.tenantMerged);
      mergedAlready.when(merge('ca-mau', active('ca-mau'))).thenThrows(StateConflict, (e) => e.rule === Rules.tenantMerged);
    });
  });

  it('refuses with the same rule and citation as the command runner refuses changes in a merged tenant of any context', () => {
    expect(Rules.tenantMerged).toBe(TENANT_MERGED_RULE);
    expect(POLICY).toBe(TENANCY_POLICY);
  });
});
