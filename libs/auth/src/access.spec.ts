import type { DirectoryTenant } from './access-directory.js';
import { authorize } from './access.js';
import type { Principal } from './principal.js';

type Roles = Pick<Principal, 'platformRoles' | 'tenantRoles'>;
const nobody: Roles = { platformRoles: [], tenantRoles: {} };
const tenantAdminOfA: Roles = { platformRoles: [], tenantRoles: { 'tinh-a': ['tenant_admin'] } };
const auditorOfA: Roles = { platformRoles: [], tenantRoles: { 'tinh-a': ['auditor'] } };
const platformAdmin: Roles = { platformRoles: ['platform_admin'], tenantRoles: {} };
const platformAuditor: Roles = { platformRoles: ['platform_auditor'], tenantRoles: {} };

const active = (tenantId: string, predecessors: string[] = []): DirectoryTenant => ({ tenantId, status: 'active', predecessors });
const merged = (tenantId: string, successor: string): DirectoryTenant => ({ tenantId, status: 'merged', successor, predecessors: [] });

describe('authorize', () => {
  describe('a tenant route', () => {
    const route = (tenantCode: string, roles?: Principal['platformRoles'] | string[]) => ({ tenantCode, roles: roles as never });

    it('lets a role holder in, with the tenant (and what was merged into it) as the read scope', () => {
      expect(authorize(tenantAdminOfA, route('tinh-a', ['tenant_admin']), active('tinh-a', ['tinh-old']))).toEqual({
        allowed: true,
        role: 'tenant_admin',
        tenantId: 'tinh-a',
        scope: { platform: false, tenantIds: ['tinh-a', 'tinh-old'] },
      });
    });

    it('answers 404 to a caller without a role there, as for a tenant that does not exist', () => {
      expect(authorize(tenantAdminOfA, route('tinh-b', ['tenant_admin']), active('tinh-b'))).toEqual({ allowed: false, status: 404 });
      expect(authorize(tenantAdminOfA, route('nowhere', ['tenant_admin']), undefined)).toEqual({ allowed: false, status: 404 });
      expect(authorize(nobody, route('tinh-a'), active('tinh-a'))).toEqual({ allowed: false, status: 404 });
    });

    it('answers 403 to a role holder whose roles the route does not list', () => {
      expect(authorize(auditorOfA, route('tinh-a', ['platform_admin', 'tenant_admin']), active('tinh-a'))).toEqual({ allowed: false, status: 403 });
    });

    it('lets platform roles into any tenant, under that tenant\'s scope', () => {
      expect(authorize(platformAdmin, route('tinh-b', ['platform_admin', 'tenant_admin']), active('tinh-b'))).toMatchObject({
        allowed: true,
        role: 'platform_admin',
        scope: { platform: false, tenantIds: ['tinh-b'] },
      });
      expect(authorize(platformAuditor, route('tinh-b', ['platform_admin', 'tenant_admin']), active('tinh-b'))).toEqual({ allowed: false, status: 403 });
    });

    it('resolves a merged tenant\'s old code for the auditors of its successor only', () => {
      const old = merged('tinh-old', 'tinh-a');
      expect(authorize(auditorOfA, route('tinh-old', ['auditor']), old)).toMatchObject({ allowed: true, role: 'auditor', tenantId: 'tinh-old' });
      expect(authorize(tenantAdminOfA, route('tinh-old', ['tenant_admin', 'auditor']), old)).toEqual({ allowed: false, status: 404 });
      expect(authorize(auditorOfA, route('tinh-old', ['tenant_admin']), old)).toEqual({ allowed: false, status: 403 });
      // a role held in the old tenant itself gives nothing once it is merged
      expect(authorize({ platformRoles: [], tenantRoles: { 'tinh-old': ['tenant_admin'] } }, route('tinh-old', ['tenant_admin']), old)).toEqual({
        allowed: false,
        status: 404,
      });
    });
  });

  describe('a platform route', () => {
    it('needs one of the listed roles, 403 otherwise', () => {
      expect(authorize(platformAdmin, { roles: ['platform_admin'] }, undefined)).toEqual({
        allowed: true,
        role: 'platform_admin',
        tenantId: 'platform',
        scope: { platform: true },
      });
      expect(authorize(tenantAdminOfA, { roles: ['platform_admin'] }, undefined)).toEqual({ allowed: false, status: 403 });
    });

    it('without a role list, lets any caller in and scopes reads to their tenants (plus what auditors audit)', () => {
      expect(authorize(auditorOfA, {}, undefined, ['tinh-old'])).toEqual({
        allowed: true,
        role: 'auditor',
        tenantId: 'platform',
        scope: { platform: false, tenantIds: ['tinh-a', 'tinh-old'] },
      });
      expect(authorize(nobody, {}, undefined)).toEqual({ allowed: true, role: undefined, tenantId: 'platform', scope: { platform: false, tenantIds: [] } });
      expect(authorize(platformAuditor, {}, undefined)).toMatchObject({ scope: { platform: true } });
    });
  });
});
