// EventLogAccessDirectory on a real store: users, roles and tenants folded from the identity
// context's published events (`tenancy.*` under the platform pseudo-tenant, data as libs/contracts
// defines it). Roles per tenant and platform-wide, revoked roles, disabled users, roles in a merged
// tenant that give no access, a merged tenant resolving to its successor (through merges of merges)
// and an active one listing its predecessors; an event appended later is seen on the next lookup (the
// store's notification makes the next lookup wait for the fold's read).
import { newId, type NewEvent } from '@bcd/kernel';
import {
  TENANCY_EVENT_TYPES,
  type RoleGrantedData,
  type TenantCreatedData,
  type TenantMergedData,
  type UserCreatedData,
  type UserDisabledData,
} from '@bcd/contracts';
import { describeOnEveryDatabase, uniqueTenant } from '../testing/index.js';
import { ReadModels } from '../read-models/read-models.js';
import { EventLogAccessDirectory } from './event-log-access-directory.js';

describeOnEveryDatabase('EventLogAccessDirectory', (db) => {
  let directory: EventLogAccessDirectory;

  const record = (streamId: string, events: NewEvent[]) => db.store.appendToStream('platform', streamId, events, { expectedVersion: 'any' });
  const tenantCreated = (code: string) =>
    record(`tenancy-tenant-${code}`, [{ type: TENANCY_EVENT_TYPES.tenantCreated, data: { code, name: `Tỉnh ${code}` } satisfies TenantCreatedData }]);
  const tenantMerged = (code: string, into: string) =>
    record(`tenancy-tenant-${code}`, [
      { type: TENANCY_EVENT_TYPES.tenantMerged, data: { code, into, effectiveAt: '2025-07-01T00:00:00.000Z' } satisfies TenantMergedData },
    ]);
  const userCreated = async (username: string): Promise<string> => {
    const userId = newId();
    await record(`tenancy-user-${userId}`, [
      { type: TENANCY_EVENT_TYPES.usernameReserved, data: { username, userId } },
      { type: TENANCY_EVENT_TYPES.userCreated, data: { userId, username, displayName: username } satisfies UserCreatedData },
    ]);
    return userId;
  };
  const granted = (userId: string, role: RoleGrantedData['role'], tenant?: string) =>
    record(`tenancy-user-${userId}`, [{ type: TENANCY_EVENT_TYPES.roleGranted, data: { userId, role, ...(tenant === undefined ? {} : { tenant }) } satisfies RoleGrantedData }]);
  const revoked = (userId: string, role: RoleGrantedData['role'], tenant?: string) =>
    record(`tenancy-user-${userId}`, [{ type: TENANCY_EVENT_TYPES.roleRevoked, data: { userId, role, ...(tenant === undefined ? {} : { tenant }) } }]);
  const disabled = (userId: string) =>
    record(`tenancy-user-${userId}`, [{ type: TENANCY_EVENT_TYPES.userDisabled, data: { userId } satisfies UserDisabledData }]);

  const opened: EventLogAccessDirectory[] = [];
  /** A directory as a host starts it: its in-memory subscription caught up. */
  const open = async () => {
    const fold = new EventLogAccessDirectory(db.store, new ReadModels(db.store));
    await fold.onModuleInit();
    opened.push(fold);
    return fold;
  };

  beforeAll(async () => {
    directory = await open();
  });

  afterAll(async () => {
    for (const fold of opened) await fold.onModuleDestroy();
  });

  describe('users', () => {
    it('knows a user\'s roles in each tenant and platform-wide', async () => {
      const a = uniqueTenant('dir-a');
      const b = uniqueTenant('dir-b');
      await tenantCreated(a);
      await tenantCreated(b);
      const userId = await userCreated(`u-${a}`);
      await granted(userId, 'secretariat', a);
      await granted(userId, 'auditor', a);
      await granted(userId, 'viewer', b);
      await granted(userId, 'platform_auditor');

      expect(await directory.findUser(userId)).toEqual({
        userId,
        username: `u-${a}`,
        disabled: false,
        platformRoles: ['platform_auditor'],
        tenantRoles: { [a]: ['secretariat', 'auditor'], [b]: ['viewer'] },
      });
    });

    it('does not know a user nobody created', async () => {
      expect(await directory.findUser(newId())).toBeUndefined();
    });

    it('keeps a role granted twice once, and drops a revoked one', async () => {
      const a = uniqueTenant('dir');
      await tenantCreated(a);
      const userId = await userCreated(`u-${a}`);
      await granted(userId, 'member', a);
      await granted(userId, 'member', a);
      await granted(userId, 'tenant_admin', a);
      await granted(userId, 'platform_admin');
      expect((await directory.findUser(userId))?.tenantRoles).toEqual({ [a]: ['member', 'tenant_admin'] });

      await revoked(userId, 'member', a);
      await revoked(userId, 'platform_admin');
      expect(await directory.findUser(userId)).toMatchObject({ platformRoles: [], tenantRoles: { [a]: ['tenant_admin'] } });
    });

    it('sees a user disabled after a first lookup on the next lookup', async () => {
      const a = uniqueTenant('dir');
      await tenantCreated(a);
      const userId = await userCreated(`u-${a}`);
      await granted(userId, 'secretariat', a);
      expect((await directory.findUser(userId))?.disabled).toBe(false);

      await disabled(userId);
      expect(await directory.findUser(userId)).toMatchObject({ disabled: true, tenantRoles: { [a]: ['secretariat'] } });
    });

    it('ignores roles of users nobody created', async () => {
      const a = uniqueTenant('dir');
      await tenantCreated(a);
      const ghost = newId();
      await granted(ghost, 'tenant_admin', a);
      expect(await directory.findUser(ghost)).toBeUndefined();
    });
  });

  describe('tenants', () => {
    it('knows an active tenant, and not one nobody created', async () => {
      const a = uniqueTenant('dir');
      expect(await directory.findTenant(a)).toBeUndefined();
      await tenantCreated(a);
      expect(await directory.findTenant(a)).toEqual({ tenantId: a, status: 'active', predecessors: [], name: `Tỉnh ${a}` });
    });

    it('knows a tenant\'s name as last renamed (documents the platform issues print it)', async () => {
      const a = uniqueTenant('dir');
      await tenantCreated(a);
      await record(`tenancy-tenant-${a}`, [{ type: TENANCY_EVENT_TYPES.tenantRenamed, data: { code: a, name: 'Tỉnh Thanh Hóa', previousName: `Tỉnh ${a}` } }]);
      expect(await directory.findTenant(a)).toMatchObject({ status: 'active', name: 'Tỉnh Thanh Hóa' });
    });

    it('resolves a merged tenant to its successor, and the successor lists it among its predecessors', async () => {
      const old = uniqueTenant('dir-old');
      const into = uniqueTenant('dir-into');
      await tenantCreated(old);
      await tenantCreated(into);
      await tenantMerged(old, into);

      expect(await directory.findTenant(old)).toEqual({ tenantId: old, status: 'merged', successor: into, predecessors: [], name: `Tỉnh ${old}` });
      expect(await directory.findTenant(into)).toEqual({ tenantId: into, status: 'active', predecessors: [old], name: `Tỉnh ${into}` });
    });

    it('follows merges of merges to the active tenant, and lists every predecessor', async () => {
      const first = uniqueTenant('dir-1');
      const second = uniqueTenant('dir-2');
      const third = uniqueTenant('dir-3');
      const sibling = uniqueTenant('dir-s');
      for (const code of [first, second, third, sibling]) await tenantCreated(code);
      await tenantMerged(first, second);
      await tenantMerged(sibling, second);
      await tenantMerged(second, third);

      expect(await directory.findTenant(first)).toMatchObject({ status: 'merged', successor: third });
      expect(await directory.findTenant(second)).toEqual({
        tenantId: second,
        status: 'merged',
        successor: third,
        predecessors: expect.arrayContaining([first, sibling]),
        name: `Tỉnh ${second}`,
      });
      const active = await directory.findTenant(third);
      expect(active).toMatchObject({ tenantId: third, status: 'active' });
      expect([...active!.predecessors].sort()).toEqual([first, second, sibling].sort());
    });

    it('gives no access through roles in a merged tenant; roles elsewhere stay', async () => {
      const old = uniqueTenant('dir-old');
      const into = uniqueTenant('dir-into');
      await tenantCreated(old);
      await tenantCreated(into);
      const userId = await userCreated(`u-${old}`);
      await granted(userId, 'secretariat', old);
      await granted(userId, 'auditor', into);
      expect((await directory.findUser(userId))?.tenantRoles).toEqual({ [old]: ['secretariat'], [into]: ['auditor'] });

      // merged after a first lookup: the next lookup sees it
      await tenantMerged(old, into);
      expect((await directory.findUser(userId))?.tenantRoles).toEqual({ [into]: ['auditor'] });
      expect((await directory.findTenant(old))?.status).toBe('merged');
    });
  });

  it('answers concurrent lookups from one consistent fold', async () => {
    const a = uniqueTenant('dir');
    await tenantCreated(a);
    const userId = await userCreated(`u-${a}`);
    await granted(userId, 'viewer', a);
    const answers = await Promise.all([directory.findUser(userId), directory.findTenant(a), directory.findUser(userId), (await open()).findUser(userId)]);
    expect(answers[0]).toEqual(answers[2]);
    expect(answers[0]).toEqual(answers[3]);
    expect(answers[1]).toMatchObject({ status: 'active' });
  });
});
