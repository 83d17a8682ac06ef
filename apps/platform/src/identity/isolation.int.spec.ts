// The isolation suite: for EVERY route the platform serves (read from its OpenAPI document, so a
// route added later is covered without touching this file), a token for tenant A asking for tenant
// B gets 404, auditors and viewers cannot change anything, platform routes refuse tenant roles, and
// nothing but the public routes answers without a token.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PLATFORM_ROLES, READ_ONLY_ROLES, TENANT_ROLES } from '@bcd/auth';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { testConfig } from '../testing/test-config.js';

interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** OpenAPI form: /api/tenants/{tenant}/members */
  path: string;
  /** x-roles: the roles declared beside the route; 'any' for any authenticated caller; undefined when public. */
  roles: string[] | 'any' | undefined;
  /** The required query parameters, with the examples the route documents (e.g. `?from=2018-01-01&to=2018-12-31`). */
  query: string;
}

const PUBLIC_ROUTES = ['POST /api/auth/login', 'GET /health', 'GET /health/ready', 'GET /metrics', 'GET /api/calendar/meetings/{secret}'];
const A = 'tinh-a';
const B = 'tinh-b';
const UNKNOWN = 'tinh-khong-co';

describe('tenant isolation and read-only roles, on every route', () => {
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let routes: Route[];
  let admin: Session;
  /** One user per tenant role in A. */
  const inA: Record<string, Session> = {};
  let adminOfB: Session;
  let platformAuditor: Session;

  const url = (route: Route, tenant: string) =>
    route.path.replace('{tenant}', tenant).replace('{userId}', adminOfB.userId).replace('{role}', 'viewer') + route.query;
  const call = (session: Session | undefined, route: Route, tenant: string) =>
    client.request(session?.token, route.method, url(route, tenant), route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
  const isTenantRoute = (route: Route) => route.path.includes('{tenant}');
  const mutating = (route: Route) => route.method !== 'GET';

  /** Runs `check` on each case and lists the ones that fail (a readable diff instead of the first failure). */
  async function expectEvery<T>(cases: T[], label: (c: T) => string, check: (c: T) => Promise<number>, expected: number): Promise<void> {
    const wrong: string[] = [];
    for (const c of cases) {
      const status = await check(c);
      if (status !== expected) wrong.push(`${label(c)} → ${status}`);
    }
    expect(wrong).toEqual([]);
  }

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'isolation-admin-password' })));
    client = new IdentityClient(inject);
    admin = await client.session('admin', 'isolation-admin-password');
    await client.tenant(admin.token, A, 'Tỉnh A');
    await client.tenant(admin.token, B, 'Tỉnh B');
    for (const role of TENANT_ROLES) inA[role] = await client.member(admin.token, A, `${role}.a`, role);
    adminOfB = await client.member(admin.token, B, 'tenant_admin.b', 'tenant_admin');
    const auditorUser = await client.request(admin.token, 'POST', '/api/users', {
      username: 'platform.auditor',
      displayName: 'Platform auditor',
      password: 'platform-auditor-password',
      platformRoles: ['platform_auditor'],
    });
    expect(auditorUser.statusCode).toBe(201);
    platformAuditor = await client.session('platform.auditor', 'platform-auditor-password');

    type Parameter = { name: string; in: string; required?: boolean; example?: unknown; schema?: { example?: unknown } };
    const document = (await inject({ method: 'GET', url: '/api/docs-json' })).json() as {
      paths: Record<string, Record<string, { 'x-roles'?: string[] | 'any'; parameters?: Parameter[] }>>;
    };
    const queryOf = (parameters: Parameter[] = []) => {
      const example = (p: Parameter) => p.example ?? p.schema?.example;
      const required = parameters.filter((p) => p.in === 'query' && p.required && example(p) !== undefined);
      return required.length === 0 ? '' : `?${new URLSearchParams(required.map((p): [string, string] => [p.name, String(example(p))])).toString()}`;
    };
    routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations).map(([method, operation]) => ({
        method: method.toUpperCase() as Route['method'],
        path,
        roles: operation['x-roles'],
        query: queryOf(operation.parameters),
      })),
    );
  });

  afterAll(() => app.close());

  it('reads every route from the OpenAPI document', () => {
    const names = routes.map((r) => `${r.method} ${r.path}`);
    expect(names).toEqual(
      expect.arrayContaining([
        ...PUBLIC_ROUTES,
        'GET /api/tenants',
        'POST /api/tenants/{tenant}/merge',
        'PUT /api/tenants/{tenant}/members/{userId}/roles/{role}',
        'DELETE /api/users/{userId}/platform-roles/{role}',
      ]),
    );
    expect(routes.filter(isTenantRoute).length).toBeGreaterThanOrEqual(7);
  });

  it('declares the roles of every route but the public ones beside it (x-roles)', () => {
    const undeclared = routes.filter((r) => r.roles === undefined).map((r) => `${r.method} ${r.path}`);
    expect(undeclared.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 without a token on every route but the public ones', async () => {
    const protectedRoutes = routes.filter((r) => !PUBLIC_ROUTES.includes(`${r.method} ${r.path}`));
    await expectEvery(protectedRoutes, (r) => `${r.method} ${r.path}`, async (r) => (await call(undefined, r, A)).statusCode, 401);
  });

  it('answers 404 on every tenant route to each role of tenant A asking for tenant B, and for a tenant that does not exist', async () => {
    const cases = routes.filter(isTenantRoute).flatMap((route) =>
      [...Object.entries(inA).map(([role, session]) => ({ route, role, session, tenant: B })), { route, role: 'tenant_admin of B', session: adminOfB, tenant: A }].concat(
        { route, role: 'tenant_admin of A', session: inA.tenant_admin, tenant: UNKNOWN },
      ),
    );
    await expectEvery(
      cases,
      (c) => `${c.role}: ${c.route.method} ${url(c.route, c.tenant)}`,
      async (c) => {
        const response = await call(c.session, c.route, c.tenant);
        if (response.statusCode === 404) expect(response.json()).toMatchObject({ type: 'not-found', detail: `Tenant ${c.tenant} not found` });
        return response.statusCode;
      },
      404,
    );
  });

  it('answers 404 to a tenant admin of B naming, on any user route of B, a user who holds no role in B (and shows nothing of them)', async () => {
    const userRoutes = routes.filter((r) => isTenantRoute(r) && r.path.includes('{userId}'));
    expect(userRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['PUT /api/tenants/{tenant}/members/{userId}/roles/{role}', 'DELETE /api/tenants/{tenant}/members/{userId}/roles/{role}']),
    );
    const strangers = [
      ['a viewer of A', inA.viewer],
      ['the platform admin', admin],
    ] as const;
    const cases = userRoutes.flatMap((route) => strangers.map(([who, user]) => ({ route, who, user })));
    await expectEvery(
      cases,
      (c) => `${c.route.method} ${c.route.path} naming ${c.who}`,
      async (c) => {
        const path = c.route.path.replace('{tenant}', B).replace('{userId}', c.user.userId).replace('{role}', 'viewer') + c.route.query;
        const response = await client.request(adminOfB.token, c.route.method, path, c.route.method === 'GET' || c.route.method === 'DELETE' ? undefined : {});
        if (response.statusCode === 404) {
          expect(response.json()).toMatchObject({ type: 'not-found', detail: `User ${c.user.userId} not found` });
          expect(response.body).not.toMatch(/viewer\.a|"admin"/);
        }
        return response.statusCode;
      },
      404,
    );
    const members = (await client.request(adminOfB.token, 'GET', `/api/tenants/${B}/members`)).json() as Array<{ userId: string }>;
    expect(members.map((m) => m.userId)).toEqual([adminOfB.userId]);
  });

  it('lets the same callers into their own tenant (so the 404s above come from isolation)', async () => {
    const reads = routes.filter((r) => isTenantRoute(r) && r.method === 'GET');
    await expectEvery(
      reads,
      (r) => r.path,
      async (r) => {
        const holder = (r.roles as string[]).find((role) => (TENANT_ROLES as readonly string[]).includes(role))!;
        const response = await call(inA[holder], r, A);
        // Past the guard is what counts here: a route may still find nothing of its own in tenant A
        // (e.g. no regulation in force: its own 404 problem), but never the guard's "Tenant A not found".
        if (response.statusCode === 404 && response.json().detail !== `Tenant ${A} not found`) return 200;
        return response.statusCode;
      },
      200,
    );
  });

  it('answers 403 to auditors, viewers and platform auditors on every mutating route', async () => {
    const readOnly: Array<[string, Session]> = [
      ['auditor', inA.auditor],
      ['viewer', inA.viewer],
      ['platform_auditor', platformAuditor],
    ];
    const cases = routes
      .filter((r) => mutating(r) && !PUBLIC_ROUTES.includes(`${r.method} ${r.path}`))
      .flatMap((route) => readOnly.map(([role, session]) => ({ route, role, session })));
    expect(cases.length).toBeGreaterThanOrEqual(3 * 10);
    await expectEvery(cases, (c) => `${c.role}: ${c.route.method} ${c.route.path}`, async (c) => (await call(c.session, c.route, A)).statusCode, 403);
  });

  it('never lists a read-only role on a mutating route', () => {
    const offending = routes.filter((r) => mutating(r) && Array.isArray(r.roles) && r.roles.some((role) => (READ_ONLY_ROLES as string[]).includes(role)));
    expect(offending).toEqual([]);
  });

  it('answers 403 to every tenant role on the platform-only routes', async () => {
    const platformOnly = routes.filter((r) => Array.isArray(r.roles) && r.roles.every((role) => (PLATFORM_ROLES as readonly string[]).includes(role)));
    expect(platformOnly.length).toBeGreaterThanOrEqual(7);
    const cases = platformOnly.flatMap((route) => Object.entries(inA).map(([role, session]) => ({ route, role, session })));
    await expectEvery(cases, (c) => `${c.role}: ${c.route.method} ${c.route.path}`, async (c) => (await call(c.session, c.route, A)).statusCode, 403);
  });

  it('shows each caller only the tenants it may see', async () => {
    const codes = async (session: Session) => ((await client.request(session.token, 'GET', '/api/tenants')).json() as Array<{ code: string }>).map((t) => t.code);
    expect(await codes(inA.viewer)).toEqual([A]);
    expect(await codes(adminOfB)).toEqual([B]);
    expect(await codes(platformAuditor)).toEqual([A, B]);
  });
});
