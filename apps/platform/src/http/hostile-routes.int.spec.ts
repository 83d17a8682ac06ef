// Property-based: every mutating route of the OpenAPI document (a route added later is covered without
// touching this file) gets hostile requests: wrong types, missing and extra fields, NUL and lone
// surrogates in strings, deep nesting, 5 MB bodies, impossible dates, prototype names as ids and codes.
// Every answer is 2xx or a 4xx problem document, never 5xx; after a refused request the events and the
// read models are exactly as before; nothing is logged at error level. HOSTILE_RUNS sets the number of
// requests (10,000 by default, as in .ci/run).
import fc from 'fast-check';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import type { PostgresEventStore } from '@bcd/event-store';
import { ObligationOpener } from '@bcd/reporting';
import { PROJECTION_HOST } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { LogCapture } from '../testing/log-capture.js';
import { MembershipClient } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 10_000);

type Schema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  example?: unknown;
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};

interface Operation {
  method: 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  params: string[];
  body?: Schema;
}

interface HostileRequest {
  operation: Operation;
  params: Record<string, string>;
  payload: string | undefined;
  token: string | undefined;
  headers: Record<string, string>;
}

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const HOSTILE_STRINGS = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', 'Nguyễn Văn A'.normalize('NFD'), '', ' ', 'x'.repeat(5000), ...PROTOTYPE_NAMES];
const IMPOSSIBLE_DATES = ['2015-02-30', '2015-02-31T00:00:00+07:00', '1', '2015-13-01', '20150201', '0000-00-00', '2015-2-3'];
const HOSTILE_PARAMS = [...PROTOTYPE_NAMES, '%00', 'a%00b', '%ED%A0%80', 'not-an-id', '00000000-0000-0000-0000-000000000000', 'a'.repeat(150), '..%2F..'];

describe('every mutating route under hostile input', () => {
  let app: NestFastifyApplication;
  let inject: Awaited<ReturnType<typeof startApp>>['inject'];
  let store: PostgresEventStore;
  let operations: Operation[];
  let admin: Session;
  let adminOfA: Session;
  let secretariatOfA: Session;
  /** Real values of path parameters and ids, so that some requests reach real resources. */
  const real: Record<string, string[]> = { tenant: ['tinh-a'], role: ['viewer', 'secretariat', 'platform_auditor'] };
  const logs = new LogCapture();
  let snapshotSql: string;

  beforeAll(async () => {
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'hostile-routes-admin' }), { logStream: logs }));
    store = app.get<PostgresEventStore>(PROJECTION_HOST);
    // The scheduled opening of report obligations (10 s after start, then every 15 min) records events of its own:
    // on a slow machine it ran between two requests and looked like a refusal that changed something.
    app.get(ObligationOpener).onModuleDestroy();
    const client = new IdentityClient(inject);
    admin = await client.session('admin', 'hostile-routes-admin');
    await client.tenant(admin.token, 'tinh-a', 'Tỉnh A');
    await client.tenant(admin.token, 'tinh-b', 'Tỉnh B');
    adminOfA = await client.member(admin.token, 'tinh-a', 'admin.a', 'tenant_admin');
    secretariatOfA = await client.member(admin.token, 'tinh-a', 'secretariat.a', 'secretariat');
    // The users the requests name: never those who send them (a disabled sender would make every later request a 401).
    const targets = [await client.member(admin.token, 'tinh-a', 'target.a', 'viewer'), await client.member(admin.token, 'tinh-b', 'target.b', 'viewer')];
    const a = new MembershipClient(client, 'tinh-a', adminOfA.token);
    await a.adopt('thanh-hoa-2014');
    const agencyId = await a.agency('STTTT', 'Sở Thông tin và Truyền thông', 'department');
    const personId = await a.person('Lê Văn Tám', 'tam@example.vn', null);
    const committeeId = await a.committee({
      name: 'Ban Chỉ đạo ứng dụng công nghệ thông tin tỉnh Thanh Hóa',
      decision: { number: '1832/QĐ-UBND', date: '2014-06-13' },
      standingAgencyId: agencyId,
    });
    const memberId = await a.appoint(committeeId, { personId, role: 'member', agencyId, decision: { number: '2765/QĐ-UBND', date: '2014-11-03' } });
    Object.assign(real, { agencyId: [agencyId], personId: [personId], committeeId: [committeeId], memberId: [memberId], userId: targets.map((t) => t.userId) });

    const document = (await inject({ method: 'GET', url: '/api/docs-json' })).json() as {
      paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }>; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => method !== 'get')
        .map(([method, operation]) => ({
          method: method.toUpperCase() as Operation['method'],
          path,
          params: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
          body: operation.requestBody?.content['application/json']?.schema,
        })),
    );

    // The state a refused request must leave as it was: the events (but login attempts, recorded by
    // design), and every read-model table, hashed in one statement — but those of the projections context, which
    // follow every event (login attempts too) eventually: they derive from the events compared here.
    const tables = (await store.executor.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('events', 'checkpoints') AND table_name NOT LIKE '%idempotency%' AND table_name NOT LIKE '%migration%'
         AND table_name NOT LIKE 'audit\\_%' AND table_name NOT LIKE 'projections\\_%' AND table_name NOT LIKE 'time\\_travel\\_%' ORDER BY 1`,
    )).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(['membership_people', 'membership_personal_data', 'tenancy_users', 'tenancy_credentials', 'rulebook_adoptions']));
    snapshotSql = `SELECT (SELECT count(*) || ':' || coalesce(max(global_position), 0) FROM events WHERE stream_id NOT LIKE 'auth-login-%') AS events, ${tables
      .map((table) => `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM ${table} t) AS "${table}"`)
      .join(', ')}`;
  }, 60_000);

  afterAll(() => app.close());

  const snapshot = async () => (await store.executor.query(snapshotSql))[0];

  /** A value for a schema: mostly plausible, often hostile. */
  function valueOf(schema: Schema | undefined, depth = 0): fc.Arbitrary<unknown> {
    if (!schema || depth > 8) return fc.constant(null);
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...schema.enum) }, fc.constantFrom(...HOSTILE_STRINGS));
    const union = schema.anyOf ?? schema.oneOf;
    if (union) return fc.oneof(...union.map((s) => valueOf(s, depth + 1)));
    if (schema.allOf) return valueOf(Object.assign({}, ...schema.allOf) as Schema, depth + 1);
    const base = typed(schema, depth);
    return schema.nullable ? fc.option(base, { nil: null }) : base;
  }

  function typed(schema: Schema, depth: number): fc.Arbitrary<unknown> {
    switch (schema.type) {
      case 'string':
        if (schema.format === 'date') return fc.oneof(fc.constantFrom('2015-03-02', '2014-11-03'), fc.constantFrom(...IMPOSSIBLE_DATES));
        if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...Object.values(real).flat()), fc.uuid(), fc.constantFrom(...HOSTILE_STRINGS));
        return fc.oneof(
          { weight: 3, arbitrary: fc.constant(typeof schema.example === 'string' ? schema.example : 'Sở Thông tin và Truyền thông') },
          { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
          { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
        );
      case 'integer':
        return fc.oneof(fc.integer({ min: -2, max: 100 }), fc.constantFrom(1.5, -1e300, 2 ** 53 + 1));
      case 'number':
        return fc.oneof(fc.double(), fc.integer());
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(valueOf(schema.items, depth + 1), { maxLength: 3 });
      case 'object':
      default: {
        const properties = Object.entries(schema.properties ?? {});
        if (properties.length === 0) return fc.dictionary(fc.constantFrom('a', ...PROTOTYPE_NAMES), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
        return fc.record(Object.fromEntries(properties.map(([key, value]) => [key, valueOf(value, depth + 1)])), {
          requiredKeys: (schema.required ?? []).filter((key) => schema.properties?.[key] !== undefined),
        });
      }
    }
  }

  /** A body: the schema's value, or that value broken in one of the ways an attacker breaks it. */
  const deep = (levels: number) => `{"a":${'['.repeat(levels)}${']'.repeat(levels)}}`;
  const RAW_BODIES = [deep(40), deep(10_000), '{"a":', 'null', '', '[]', '"text"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}'];
  const FIVE_MEGABYTES = JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024) });

  function bodyOf(schema: Schema | undefined): fc.Arbitrary<string | undefined> {
    return fc.oneof(
      { weight: 200, arbitrary: valueOf(schema).map((value) => JSON.stringify(value)) },
      // An extra field, maybe named like a prototype member, maybe holding text PostgreSQL refuses.
      {
        weight: 60,
        arbitrary: fc
          .tuple(valueOf(schema), fc.constantFrom('extra', ...PROTOTYPE_NAMES, 'a\u0000'), fc.constantFrom(...HOSTILE_STRINGS))
          .map(([value, key, text]) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? JSON.stringify({ ...value, [key]: text }) : JSON.stringify(value))),
      },
      // A required field missing.
      { weight: 40, arbitrary: valueOf(schema).chain((value) => fc.nat().map((n) => JSON.stringify(dropOne(value, n)))) },
      // Any JSON at all: the wrong type at the top, or anywhere.
      { weight: 60, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
      { weight: 20, arbitrary: fc.constantFrom(...RAW_BODIES) },
      { weight: 20, arbitrary: fc.constant(undefined) },
      // Five megabytes (rarely: each costs the time to build and refuse it).
      { weight: 1, arbitrary: fc.constant(FIVE_MEGABYTES) },
    );
  }

  function dropOne(value: unknown, n: number): unknown {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 0) return value;
    const { [keys[n % keys.length]]: _dropped, ...rest } = value as Record<string, unknown>;
    return rest;
  }

  function paramOf(name: string): fc.Arbitrary<string> {
    const values = real[name] ?? [];
    const hostile = [{ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PARAMS) }, { weight: 1, arbitrary: fc.uuid() }];
    return values.length > 0 ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, ...hostile) : fc.oneof(...hostile);
  }

  // Built once per operation: the 5 MB and deeply nested bodies are made once, not per request.
  const requestsOf = new Map<Operation, fc.Arbitrary<HostileRequest>>();
  const hostileRequest = (): fc.Arbitrary<HostileRequest> =>
    fc.constantFrom(...operations).chain((operation) => {
      const known = requestsOf.get(operation);
      if (known) return known;
      const made = fc.record({
        operation: fc.constant(operation),
        params: fc.record(Object.fromEntries(operation.params.map((name) => [name, paramOf(name)]))) as fc.Arbitrary<Record<string, string>>,
        payload: bodyOf(operation.body),
        token: fc.constantFrom(adminOfA.token, adminOfA.token, secretariatOfA.token, admin.token, undefined),
        headers: fc.record(
          { 'idempotency-key': fc.oneof(fc.uuid(), fc.constantFrom('key-1', 'x'.repeat(300))), 'if-match': fc.constantFrom('"1"', '"999"', 'W/"x"', '*', '"-1"') },
          { requiredKeys: [] },
        ),
      });
      requestsOf.set(operation, made);
      return made;
    });

  function send(request: HostileRequest): Promise<LightMyRequestResponse> {
    const url = request.operation.path.replace(/\{(\w+)\}/g, (_, name: string) => request.params[name] ?? 'x');
    return inject({
      method: request.operation.method,
      url,
      headers: {
        ...request.headers,
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
        ...(request.payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(request.payload === undefined ? {} : { payload: request.payload }),
    });
  }

  it(`answers ${RUNS} hostile requests with 2xx or a 4xx problem document, and a refusal changes nothing`, async () => {
    expect(operations.length).toBeGreaterThanOrEqual(30);
    let before = await snapshot();
    const timing = { request: 0, snapshot: 0 };
    const statuses = new Map<number, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(hostileRequest(), async (request) => {
        const t0 = performance.now();
        const response = await send(request);
        const t1 = performance.now();
        timing.request += t1 - t0;
        sent++;
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const label = `${request.operation.method} ${request.operation.path} → ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect({ label, serverError: response.statusCode >= 500 }).toEqual({ label, serverError: false });
        const after = await snapshot();
        timing.snapshot += performance.now() - t1;
        if (response.statusCode >= 400) {
          expect({ label, contentType: response.headers['content-type'] }).toEqual({ label, contentType: expect.stringContaining('application/problem+json') });
          expect(response.json()).toMatchObject({ status: response.statusCode, type: expect.any(String), correlationId: expect.any(String) });
          expect({ label, state: after }).toEqual({ label, state: before });
        }
        before = after;
        const errors = logs.lines.filter((line) => line.level === 'error' || line.level === 'fatal');
        expect({ label, errors }).toEqual({ label, errors: [] });
        logs.lines.length = 0;
        logs.raw.length = 0;
      }),
      { numRuns: RUNS, seed: Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
    expect(sent).toBeGreaterThanOrEqual(RUNS);
    // Many requests must get past validation and the guards, or the property would prove little.
    const successes = [...statuses].filter(([status]) => status < 300).reduce((sum, [, count]) => sum + count, 0);
    expect(successes).toBeGreaterThan(0);
    console.log(
      `hostile requests: ${sent}; answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}; ` +
        `ms in requests ${Math.round(timing.request)}, in state checks ${Math.round(timing.snapshot)}`,
    );
  }, 60 * 60_000);
});
