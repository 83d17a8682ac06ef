import { DeciderSpecification, NotFound } from '@bcd/kernel';
import { Rules } from '../rules.js';
import { userDecider } from './user.decider.js';
import { evolve, initialState, isKnownIn, type UserEvent } from './user.js';

const now = new Date('2025-03-01T02:00:00.000Z');
const spec = DeciderSpecification.for(userDecider);
const userId = '01950000-0000-7000-8000-000000000001';
const adminId = '01950000-0000-7000-8000-0000000000ad';
const created: UserEvent = { type: 'UserCreated', data: { userId, username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan' } };
const granted = (role: string, tenant?: string): UserEvent =>
  ({ type: 'RoleGranted', data: tenant === undefined ? { userId, role } : { userId, role, tenant } }) as UserEvent;
const activeTenant = (code: string) => ({ code, state: { status: 'active' as const, code, name: code } });

describe('user decider', () => {
  it('creates a user with the initial roles, each once', () => {
    spec.given([]).when({
        type: 'CreateUser',
        data: {
          userId,
          username: 'lan.nguyen',
          displayName: 'Nguyễn Thị Lan',
          roles: [
            { role: 'secretariat', tenant: activeTenant('thanh-hoa') },
            { role: 'secretariat', tenant: activeTenant('thanh-hoa') },
            { role: 'platform_auditor' },
          ],
        },
        metadata: { now },
      })
      .then([created, granted('secretariat', 'thanh-hoa'), granted('platform_auditor')]);
  });

  it('refuses initial roles in a merged or unknown tenant', () => {
    spec
      .given([])
      .when({
        type: 'CreateUser',
        data: {
          userId,
          username: 'lan.nguyen',
          displayName: 'Lan',
          roles: [{ role: 'member', tenant: { code: 'kien-giang', state: { status: 'merged', code: 'kien-giang', name: 'KG', into: 'an-giang', effectiveAt: '2025-07-01T00:00:00Z' } } }],
        },
        metadata: { now },
      })
      .thenThrowsRule(Rules.tenantMerged);
    spec
      .given([])
      .when({
        type: 'CreateUser',
        data: { userId, username: 'lan.nguyen', displayName: 'Lan', roles: [{ role: 'member', tenant: { code: 'nowhere', state: { status: 'absent' } } }] },
        metadata: { now },
      })
      .thenThrows(NotFound);
  });

  it('does nothing when the same user is created again (a retried request)', () => {
    spec
      .given([created])
      .when({ type: 'CreateUser', data: { userId, username: 'lan.nguyen', displayName: 'x', roles: [] }, metadata: { now } })
      .thenNothingHappened();
  });

  describe('GrantRole', () => {
    it('grants a tenant role, once', () => {
      spec
        .given([created])
        .when({ type: 'GrantRole', data: { userId, role: 'auditor', tenant: activeTenant('phu-tho') }, metadata: { now } })
        .then([granted('auditor', 'phu-tho')]);
      spec
        .given([created, granted('auditor', 'phu-tho')])
        .when({ type: 'GrantRole', data: { userId, role: 'auditor', tenant: activeTenant('phu-tho') }, metadata: { now } })
        .thenNothingHappened();
    });

    it('keeps the same role in two tenants apart', () => {
      spec
        .given([created, granted('auditor', 'phu-tho')])
        .when({ type: 'GrantRole', data: { userId, role: 'auditor', tenant: activeTenant('thanh-hoa') }, metadata: { now } })
        .thenState({
          status: 'active',
          userId,
          username: 'lan.nguyen',
          displayName: 'Nguyễn Thị Lan',
          roles: [
            { role: 'auditor', tenant: 'phu-tho' },
            { role: 'auditor', tenant: 'thanh-hoa' },
          ],
          knownIn: ['phu-tho', 'thanh-hoa'],
        });
    });

    it('lets a tenant admin act only on users known in their tenant: anyone else is not found', () => {
      const byAdminOf = 'thanh-hoa';
      spec
        .given([created, granted('auditor', 'phu-tho')])
        .when({ type: 'GrantRole', data: { userId, role: 'viewer', tenant: activeTenant('thanh-hoa'), byAdminOf }, metadata: { now } })
        .thenThrows(NotFound, (e) => e.message === `User ${userId} not found`);
      spec
        .given([created, granted('auditor', 'thanh-hoa')])
        .when({ type: 'GrantRole', data: { userId, role: 'viewer', tenant: activeTenant('thanh-hoa'), byAdminOf }, metadata: { now } })
        .then([granted('viewer', 'thanh-hoa')]);
      spec
        .given([created, granted('auditor', 'phu-tho')])
        .when({ type: 'RevokeRole', data: { userId, role: 'auditor', tenant: 'phu-tho', actorUserId: 'someone', byAdminOf }, metadata: { now } })
        .thenThrows(NotFound);
    });

    it('grants a platform role', () => {
      spec.given([created]).when({ type: 'GrantRole', data: { userId, role: 'platform_admin' }, metadata: { now } }).then([granted('platform_admin')]);
    });

    it('refuses a role in a merged tenant, and a role for a disabled user', () => {
      spec
        .given([created])
        .when({
          type: 'GrantRole',
          data: {
            userId,
            role: 'member',
            tenant: { code: 'kien-giang', state: { status: 'merged', code: 'kien-giang', name: 'KG', into: 'an-giang', effectiveAt: '2025-07-01T00:00:00Z' } },
          },
          metadata: { now },
        })
        .thenThrowsRule(Rules.tenantMerged);
      spec
        .given([created, { type: 'UserDisabled', data: { userId } }])
        .when({ type: 'GrantRole', data: { userId, role: 'member', tenant: activeTenant('phu-tho') }, metadata: { now } })
        .thenThrowsRule(Rules.userDisabled);
    });

    it('is NotFound for an unknown user or tenant', () => {
      spec.given([]).when({ type: 'GrantRole', data: { userId, role: 'platform_admin' }, metadata: { now } }).thenThrows(NotFound);
      spec
        .given([created])
        .when({ type: 'GrantRole', data: { userId, role: 'member', tenant: { code: 'x', state: { status: 'absent' } } }, metadata: { now } })
        .thenThrows(NotFound);
    });
  });

  describe('RevokeRole', () => {
    it('revokes a held role; a role not held is nothing', () => {
      spec
        .given([created, granted('viewer', 'phu-tho')])
        .when({ type: 'RevokeRole', data: { userId, role: 'viewer', tenant: 'phu-tho', actorUserId: adminId }, metadata: { now } })
        .then([{ type: 'RoleRevoked', data: { userId, role: 'viewer', tenant: 'phu-tho' } }]);
      spec
        .given([created, granted('viewer', 'phu-tho')])
        .when({ type: 'RevokeRole', data: { userId, role: 'viewer', tenant: 'thanh-hoa', actorUserId: adminId }, metadata: { now } })
        .thenNothingHappened();
    });

    it('refuses revoking your own administrator role', () => {
      spec
        .given([created, granted('platform_admin')])
        .when({ type: 'RevokeRole', data: { userId, role: 'platform_admin', actorUserId: userId }, metadata: { now } })
        .thenThrowsRule(Rules.noSelfLockout);
      spec
        .given([created, granted('tenant_admin', 'phu-tho')])
        .when({ type: 'RevokeRole', data: { userId, role: 'tenant_admin', tenant: 'phu-tho', actorUserId: userId }, metadata: { now } })
        .thenThrowsRule(Rules.noSelfLockout);
    });
  });

  describe('DisableUser and ResetPassword', () => {
    it('disables once', () => {
      spec
        .given([created])
        .when({ type: 'DisableUser', data: { userId, actorUserId: adminId }, metadata: { now } })
        .then([{ type: 'UserDisabled', data: { userId } }]);
      spec
        .given([created, { type: 'UserDisabled', data: { userId } }])
        .when({ type: 'DisableUser', data: { userId, actorUserId: adminId }, metadata: { now } })
        .thenNothingHappened();
    });

    it('refuses disabling yourself', () => {
      spec
        .given([created])
        .when({ type: 'DisableUser', data: { userId, actorUserId: userId }, metadata: { now } })
        .thenThrowsRule(Rules.noSelfLockout);
    });

    it('records a password reset without any password material', () => {
      spec.given([created]).when({ type: 'ResetPassword', data: { userId }, metadata: { now } }).then([{ type: 'PasswordReset', data: { userId } }]);
      spec.given([]).when({ type: 'ResetPassword', data: { userId }, metadata: { now } }).thenThrows(NotFound);
    });
  });
});

describe('the tenants that know a user', () => {
  const userId = '01950000-0000-7000-8000-0000000000aa';
  const created: UserEvent = { type: 'UserCreated', data: { userId, username: 'an.le', displayName: 'Lê An' } };
  const grant = (tenant: string): UserEvent => ({ type: 'RoleGranted', data: { userId, role: 'viewer', tenant } });
  const revoke = (tenant: string): UserEvent => ({ type: 'RoleRevoked', data: { userId, role: 'viewer', tenant } });
  const fold = (events: UserEvent[]) => events.reduce(evolve, initialState());

  it('are those the user holds or held a role in, and no other', () => {
    const state = fold([created, grant('phu-tho'), revoke('phu-tho'), grant('thanh-hoa')]);
    expect(isKnownIn(state, 'phu-tho')).toBe(true);
    expect(isKnownIn(state, 'thanh-hoa')).toBe(true);
    expect(isKnownIn(state, 'kien-giang')).toBe(false);
    expect(isKnownIn(fold([created, { type: 'RoleGranted', data: { userId, role: 'platform_admin' } }]), 'phu-tho')).toBe(false);
    expect(isKnownIn(initialState(), 'phu-tho')).toBe(false);
  });
});
