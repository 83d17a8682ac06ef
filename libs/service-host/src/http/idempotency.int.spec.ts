// Idempotency-Key through HTTP, on a small host (createHostApp, the identity events folded from the
// store) with one test controller whose Change('POST', …) routes append through the runner:
// the same key and request → the first answer again (status, body, ETag, Location) with
// `idempotent-replayed: true` and no second event; another request → 422 `idempotency-key-reused`;
// while the first still runs → 409; a malformed key → 400; keys belong to a tenant and a user; a
// refused request may be retried with its key; forget() erases records mentioning an id; the stored
// fingerprint is an HMAC; GET, PUT and POST routes not declared with Change ignore the header.
import { createHash, createHmac } from 'node:crypto';
import { Body, Controller, Module, Param, Post, Res } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, InjectOptions, LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { canonicalJson, defineAggregate, fixedClock, newId, RuleViolation, type Command, type CommandInput, type Decider, type DomainEvent } from '@bcd/kernel';
import { Authenticated, TokenService, type TenantRole } from '@bcd/auth';
import { CommandRunner } from '../commands/command-runner.js';
import { createHostApp } from '../host-app.js';
import { authOptionsOf, hostConfigSchema, hostConfigVariables, loadHostConfig } from '../host-config.js';
import { ApiSpecification, describeOnEveryDatabase, LogCapture, uniqueTenant } from '../testing/index.js';
import { withEtag } from './etag.js';
import { IDEMPOTENCY_TTL_MS, IdempotencyStore } from './idempotency.js';
import { Change, Read } from './routes.js';
import { id, idParam, parse, text, View } from './zod.js';

const JWT_SECRET = 'test-only-jwt-secret-of-at-least-32-characters';

// ---- a tally: opened (new or named), then marked; marking a tally not opened is refused ----

type TallyOpened = DomainEvent<'TallyOpened', { tallyId: string; label: string }>;
type TallyMarked = DomainEvent<'TallyMarked', { markId: string }>;
type TallyEvent = TallyOpened | TallyMarked;
type OpenTally = Command<'OpenTally', { tallyId: string; label: string }>;
type MarkTally = Command<'MarkTally', { markId: string }>;
type TallyCommand = OpenTally | MarkTally;

const decider: Decider<TallyCommand, TallyEvent, { opened: boolean }> = {
  initialState: () => ({ opened: false }),
  evolve: (state, event) => (event.type === 'TallyOpened' ? { opened: true } : state),
  decide: (command, state) => {
    if (command.type === 'OpenTally') return state.opened ? [] : [{ type: 'TallyOpened', data: command.data }];
    if (!state.opened) throw new RuleViolation('KIT-tally-not-open', 'test', 'Open the tally first');
    return [{ type: 'TallyMarked', data: command.data }];
  },
};
const tallies = defineAggregate({ name: 'tally', namespace: 'kitidem', decider, streamId: (tenantId, tallyId) => `kitidem-tally-${tenantId}-${tallyId}` });

const OpenBody = z.strictObject({ label: text(100), note: z.string().optional(), personId: id.optional() });
const MarkBody = z.strictObject({ markId: z.string() });
const TallyView = z.strictObject({ tallyId: View.id, label: z.string(), personId: View.id.optional(), version: z.number() });

/** Requests whose label names a hold wait here until the test releases them. */
const holds = new Map<string, { entered: () => void; released: Promise<void> }>();
let plainCalls = 0;

@Controller('api/tenants/:tenant/kit-tallies')
class TalliesController {
  constructor(private readonly runner: CommandRunner) {}

  @Change('POST', '', { operationId: 'openKitTally', summary: 'Open a new tally', body: OpenBody, response: TallyView })
  async open(@Param('tenant') tenant: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<z.infer<typeof TallyView>> {
    const { label, personId } = parse(OpenBody, body);
    const hold = holds.get(label);
    if (hold) {
      hold.entered();
      await hold.released;
    }
    const outcome = await this.runner.run(tallies, { tenantId: tenant }, ({ id: tallyId }): CommandInput<OpenTally> => ({ type: 'OpenTally', data: { tallyId, label } }));
    reply.header('location', `/api/tenants/${tenant}/kit-tallies/${outcome.id}`);
    return withEtag(reply, outcome.version, { tallyId: outcome.id, label, ...(personId === undefined ? {} : { personId }), version: outcome.version });
  }

  @Change('PUT', ':tallyId', { operationId: 'openNamedKitTally', summary: 'Open a tally by its id', body: OpenBody, response: TallyView })
  async openNamed(@Param('tenant') tenant: string, @Param('tallyId') tallyId: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    const named = idParam(tallyId, 'Tally');
    const { label } = parse(OpenBody, body);
    const outcome = await this.runner.run(tallies, { tenantId: tenant, id: named }, (): CommandInput<OpenTally> => ({ type: 'OpenTally', data: { tallyId: named, label } }));
    return withEtag(reply, outcome.version, { tallyId: named, label, version: outcome.version });
  }

  @Change('POST', ':tallyId/marks', { operationId: 'markKitTally', summary: 'Mark a tally', body: MarkBody, response: z.strictObject({ version: z.number() }) })
  async mark(@Param('tenant') tenant: string, @Param('tallyId') tallyId: string, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    const { markId } = parse(MarkBody, body);
    const outcome = await this.runner.run(tallies, { tenantId: tenant, id: idParam(tallyId, 'Tally') }, (): CommandInput<MarkTally> => ({ type: 'MarkTally', data: { markId } }));
    return withEtag(reply, outcome.version, { version: outcome.version });
  }

  @Change('POST', ':tallyId/pings', { operationId: 'pingKitTally', summary: 'Mark a tally, answer nothing', body: MarkBody, response: null })
  async ping(@Param('tenant') tenant: string, @Param('tallyId') tallyId: string, @Body() body: unknown): Promise<void> {
    const { markId } = parse(MarkBody, body);
    await this.runner.run(tallies, { tenantId: tenant, id: idParam(tallyId, 'Tally') }, (): CommandInput<MarkTally> => ({ type: 'MarkTally', data: { markId } }));
  }

  @Read(':tallyId', { operationId: 'getKitTally', summary: 'A tally', response: z.strictObject({ version: z.number() }) })
  async get(@Param('tenant') tenant: string, @Param('tallyId') tallyId: string) {
    return { version: (await this.runner.load(tallies, tenant, idParam(tallyId, 'Tally'))).version };
  }

  /** A POST that is not a Change route: no Idempotency-Key. */
  @Post('plain/calls')
  @Authenticated()
  plain(): { calls: number } {
    plainCalls += 1;
    return { calls: plainCalls };
  }
}

@Module({ controllers: [TalliesController] })
class TalliesModule {}

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

describeOnEveryDatabase('Idempotency-Key', (db) => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  const tenantA = uniqueTenant('idem-a');
  const tenantB = uniqueTenant('idem-b');
  const alice = { userId: newId(), username: `alice-${tenantA}` };
  const bob = { userId: newId(), username: `bob-${tenantA}` };
  let app: NestFastifyApplication;
  let inject: Inject;
  let tokens: Record<'alice' | 'bob', string>;

  const post = (who: 'alice' | 'bob', url: string, payload: unknown, key?: string, method: 'POST' | 'PUT' = 'POST') =>
    inject({
      method,
      url,
      payload: payload as InjectOptions['payload'],
      headers: { authorization: `Bearer ${tokens[who]}`, ...(key === undefined ? {} : { 'idempotency-key': key }) },
    });
  const tallyUrl = (tenant: string) => `/api/tenants/${tenant}/kit-tallies`;
  const eventCount = async (tenant: string) => (await db.store.readAll({ tenantId: tenant })).events.length;
  const records = (tenant: string, key: string) =>
    db.store.executor.query<{ user_id: string; fingerprint: string; status: number | null; mentions: string[] | string }>(
      `SELECT user_id, fingerprint, status, mentions FROM host_idempotency_keys WHERE tenant_id = $1 AND key = $2 ORDER BY user_id`,
      [tenant, key],
    );
  const key = () => `key-${newId()}`;
  /** Tokens valid at the clock's now. */
  const issueTokens = async () => {
    const issue = async (user: typeof alice, tenants: readonly string[]) =>
      (await app.get(TokenService).issue({ ...user, roles: tenants.map((tenant) => ({ role: 'secretariat' as TenantRole, tenant })) }, clock.now())).accessToken;
    tokens = { alice: await issue(alice, [tenantA, tenantB]), bob: await issue(bob, [tenantA]) };
  };

  describe('on a host', () => {
    beforeAll(async () => {
      // what the identity context appended: two tenants, alice (secretariat in both), bob (secretariat in A)
      await db.store.appendToStream('platform', `tenancy-tenant-${tenantA}`, [{ type: 'tenancy.TenantCreated', data: { code: tenantA, name: 'A' } }]);
      await db.store.appendToStream('platform', `tenancy-tenant-${tenantB}`, [{ type: 'tenancy.TenantCreated', data: { code: tenantB, name: 'B' } }]);
      for (const [user, tenants] of [
        [alice, [tenantA, tenantB]],
        [bob, [tenantA]],
      ] as const) {
        await db.store.appendToStream('platform', `tenancy-user-${user.userId}`, [
          { type: 'tenancy.UserCreated', data: { ...user, displayName: user.username } },
          ...tenants.map((tenant) => ({ type: 'tenancy.RoleGranted', data: { userId: user.userId, role: 'secretariat', tenant } })),
        ]);
      }
      const config = loadHostConfig(hostConfigSchema, hostConfigVariables, { JWT_SECRET, NODE_ENV: 'test', LOG_LEVEL: 'warn', DATA_DIR: 'memory://' });
      app = await createHostApp({
        service: 'kit-idempotency-test',
        config,
        auth: authOptionsOf(config, { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 }),
        openApi: { title: 'test', description: 'test', version: '0' },
        imports: [TalliesModule],
        store: db.store,
        logStream: new LogCapture(),
        clock,
        checkResponses: true,
        apiDocsUi: false,
      });
      await app.init();
      const fastify = app.getHttpAdapter().getInstance();
      await fastify.ready();
      inject = fastify.inject.bind(fastify);
      await issueTokens();
    });

    afterAll(async () => {
      await app?.close();
    });

    it('answers the same key and request with the first answer, and records nothing new', async () => {
      const k = key();
      const before = await eventCount(tenantA);
      const first = await post('alice', tallyUrl(tenantA), { label: 'Tổ giúp việc', note: 'n' }, k);
      expect(first.statusCode).toBe(201);
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(first.headers.etag).toBe('"1"');
      expect(first.headers.location).toBe(`${tallyUrl(tenantA)}/${first.json().tallyId}`);
      expect(await eventCount(tenantA)).toBe(before + 1);

      // the same request again, its JSON keys in another order
      const again = await post('alice', tallyUrl(tenantA), { note: 'n', label: 'Tổ giúp việc' }, k);
      expect(again.statusCode).toBe(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.json()).toEqual(first.json());
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers.location).toBe(first.headers.location);
      expect(await eventCount(tenantA)).toBe(before + 1);
    });

    it('replays the status and the ETag of the first answer', async () => {
      const tallyId = newId();
      const k = key();
      const opened = await post('alice', `${tallyUrl(tenantA)}/${tallyId}`, { label: 'named' }, undefined, 'PUT');
      expect(opened.statusCode).toBe(200);
      const marked = await post('alice', `${tallyUrl(tenantA)}/${tallyId}/marks`, { markId: 'm' }, k);
      const replayed = await post('alice', `${tallyUrl(tenantA)}/${tallyId}/marks`, { markId: 'm' }, k);
      expect([marked.statusCode, replayed.statusCode]).toEqual([201, 201]);
      expect(replayed.json()).toEqual({ version: 2 });
      expect(replayed.headers.etag).toBe('"2"');
    });

    it('replays an answer without content as 204 with no body', async () => {
      const tallyId = newId();
      const k = key();
      await post('alice', `${tallyUrl(tenantA)}/${tallyId}`, { label: 'pinged' }, undefined, 'PUT');
      const first = await post('alice', `${tallyUrl(tenantA)}/${tallyId}/pings`, { markId: 'p' }, k);
      const again = await post('alice', `${tallyUrl(tenantA)}/${tallyId}/pings`, { markId: 'p' }, k);
      expect([first.statusCode, again.statusCode]).toEqual([204, 204]);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.body).toBe('');
      expect(await db.store.readStream(tenantA, tallies.streamId(tenantA, tallyId))).toHaveLength(2);
    });

    it('given a first request, when it is sent again with its key, then the same status and no new event (ApiSpecification)', async () => {
      const k = key();
      const request = { method: 'POST' as const, url: tallyUrl(tenantA), token: tokens.alice, body: { label: 'spec' }, headers: { 'idempotency-key': k } };
      const api = ApiSpecification.for(app, inject);
      await api.given(tenantA).when(request).then({ status: 201, events: [{ type: 'kitidem.TallyOpened', data: expect.objectContaining({ label: 'spec' }) }] });
      const replayed = await api.given(tenantA).when(request).then({ status: 201, events: [] });
      expect(replayed.headers['idempotent-replayed']).toBe('true');
    });

    it('refuses the same key with another request: 422 idempotency-key-reused, nothing recorded', async () => {
      const k = key();
      expect((await post('alice', tallyUrl(tenantA), { label: 'first' }, k)).statusCode).toBe(201);
      const before = await eventCount(tenantA);

      const other = await post('alice', tallyUrl(tenantA), { label: 'second' }, k);
      expect(other.statusCode).toBe(422);
      expect(other.headers['content-type']).toContain('application/problem+json');
      expect(other.json()).toMatchObject({ type: 'idempotency-key-reused', status: 422 });
      expect(await eventCount(tenantA)).toBe(before);

      // another path with the same body is another request too
      const tallyId = newId();
      await post('alice', `${tallyUrl(tenantA)}/${tallyId}`, { label: 'named' }, undefined, 'PUT');
      const elsewhere = await post('alice', `${tallyUrl(tenantA)}/${tallyId}/marks`, { label: 'first' }, k);
      expect(elsewhere.statusCode).toBe(422);
      expect(elsewhere.json()).toMatchObject({ type: 'idempotency-key-reused' });
    });

    it.each([
      ['empty', ''],
      ['with a space', 'two words'],
      ['longer than 255 characters', 'k'.repeat(256)],
      ['not ASCII', 'khóa-1'],
    ])('refuses a key %s with 400, before anything runs', async (_what, bad) => {
      const before = await eventCount(tenantA);
      const response = await post('alice', tallyUrl(tenantA), { label: 'bad key' }, bad);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ type: 'validation-failed', errors: [{ path: 'Idempotency-Key', message: expect.any(String) }] });
      expect(await eventCount(tenantA)).toBe(before);
    });

    it('takes any 1 to 255 visible ASCII characters', async () => {
      for (const good of ['!', '~', 'k'.repeat(255), 'a:b/c=d+e@f']) {
        expect((await post('alice', tallyUrl(tenantA), { label: `good key ${good.length}` }, good)).statusCode).toBe(201);
      }
    });

    it('keeps keys apart per user: two users may use the same key independently', async () => {
      const k = key();
      const before = await eventCount(tenantA);
      const byAlice = await post('alice', tallyUrl(tenantA), { label: 'alice\'s' }, k);
      const byBob = await post('bob', tallyUrl(tenantA), { label: 'bob\'s' }, k);
      expect([byAlice.statusCode, byBob.statusCode]).toEqual([201, 201]);
      expect(byBob.headers['idempotent-replayed']).toBeUndefined();
      expect(byBob.json().tallyId).not.toBe(byAlice.json().tallyId);
      // the same body by both: still two requests
      const k2 = key();
      const sameA = await post('alice', tallyUrl(tenantA), { label: 'same' }, k2);
      const sameB = await post('bob', tallyUrl(tenantA), { label: 'same' }, k2);
      expect(sameB.json().tallyId).not.toBe(sameA.json().tallyId);
      expect(await eventCount(tenantA)).toBe(before + 4);
      expect((await records(tenantA, k)).map((r) => r.user_id).sort()).toEqual([alice.userId, bob.userId].sort());
    });

    it('keeps keys apart per tenant: the same key in two tenants runs twice', async () => {
      const k = key();
      const inA = await post('alice', tallyUrl(tenantA), { label: 'same' }, k);
      const inB = await post('alice', tallyUrl(tenantB), { label: 'same' }, k);
      expect([inA.statusCode, inB.statusCode]).toEqual([201, 201]);
      expect(inB.headers['idempotent-replayed']).toBeUndefined();
      expect((await records(tenantB, k)).map((r) => r.user_id)).toEqual([alice.userId]);
    });

    it('keeps no refused answer: the request may be retried with its key once fixed', async () => {
      const tallyId = newId();
      const k = key();
      const refused = await post('alice', `${tallyUrl(tenantA)}/${tallyId}/marks`, { markId: 'early' }, k);
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ type: 'rule-violation', rule: 'KIT-tally-not-open' });
      expect(await records(tenantA, k)).toEqual([]);

      expect((await post('alice', `${tallyUrl(tenantA)}/${tallyId}`, { label: 'now open' }, undefined, 'PUT')).statusCode).toBe(200);
      const retried = await post('alice', `${tallyUrl(tenantA)}/${tallyId}/marks`, { markId: 'early' }, k);
      expect(retried.statusCode).toBe(201);
      expect(retried.headers['idempotent-replayed']).toBeUndefined();
      expect((await db.store.readStream(tenantA, tallies.streamId(tenantA, tallyId))).map((e) => e.type)).toEqual(['kitidem.TallyOpened', 'kitidem.TallyMarked']);
    });

    it('answers 409 idempotency-conflict while the first request with the key still runs', async () => {
      const k = key();
      let release = (): void => undefined;
      let entered = (): void => undefined;
      const hasEntered = new Promise<void>((resolve) => (entered = resolve));
      holds.set('held', { entered, released: new Promise<void>((resolve) => (release = resolve)) });
      try {
        const first = post('alice', tallyUrl(tenantA), { label: 'held' }, k);
        await hasEntered;
        const meanwhile = await post('alice', tallyUrl(tenantA), { label: 'held' }, k);
        expect(meanwhile.statusCode).toBe(409);
        expect(meanwhile.json()).toMatchObject({ type: 'idempotency-conflict' });
        release();
        expect((await first).statusCode).toBe(201);
      } finally {
        release();
        holds.delete('held');
      }
      const after = await post('alice', tallyUrl(tenantA), { label: 'held' }, k);
      expect(after.headers['idempotent-replayed']).toBe('true');
    });

    it('forget(tenant, id) deletes the records whose request or answer mentioned that id, in that tenant only', async () => {
      const personId = newId();
      const k = key();
      const other = key();
      const first = await post('alice', tallyUrl(tenantA), { label: 'mentions a person', personId: personId.toUpperCase() }, k);
      expect(first.statusCode).toBe(201);
      const tallyId = first.json().tallyId as string;
      await post('alice', tallyUrl(tenantA), { label: 'mentions nobody' }, other);
      const [record] = await records(tenantA, k);
      expect(mentions(record.mentions).sort()).toEqual([personId, tallyId].sort());

      await app.get(IdempotencyStore).forget(tenantB, personId);
      expect(await records(tenantA, k)).toHaveLength(1);

      await app.get(IdempotencyStore).forget(tenantA, personId);
      expect(await records(tenantA, k)).toEqual([]);
      expect(await records(tenantA, other)).toHaveLength(1);
      // the key then runs anew: nothing of the first answer is left to replay
      const rerun = await post('alice', tallyUrl(tenantA), { label: 'mentions a person', personId: personId.toUpperCase() }, k);
      expect(rerun.statusCode).toBe(201);
      expect(rerun.headers['idempotent-replayed']).toBeUndefined();
      expect(rerun.json().tallyId).not.toBe(tallyId);
    });

    it('keeps an answer 24 hours: after that the key runs anew', async () => {
      const k = key();
      const start = clock.now();
      try {
        const first = await post('alice', tallyUrl(tenantA), { label: 'kept a day' }, k);
        clock.advance(IDEMPOTENCY_TTL_MS - 1);
        await issueTokens();
        const withinTheDay = await post('alice', tallyUrl(tenantA), { label: 'kept a day' }, k);
        expect(withinTheDay.headers['idempotent-replayed']).toBe('true');
        expect(withinTheDay.json()).toEqual(first.json());

        clock.advance(2);
        await issueTokens();
        const nextDay = await post('alice', tallyUrl(tenantA), { label: 'kept a day' }, k);
        expect(nextDay.statusCode).toBe(201);
        expect(nextDay.headers['idempotent-replayed']).toBeUndefined();
        expect(nextDay.json().tallyId).not.toBe(first.json().tallyId);
      } finally {
        clock.set(start);
        await issueTokens();
      }
    });

    it('stores an HMAC of the request keyed from JWT_SECRET, never a plain hash of it', async () => {
      const k = key();
      const body = { label: 'fingerprinted', note: 'a password would be here' };
      const url = tallyUrl(tenantA);
      await post('alice', url, body, k);
      const [{ fingerprint }] = await records(tenantA, k);
      const request = `POST ${url}\n${canonicalJson(body)}`;
      const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
      expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
      for (const plain of [request, canonicalJson(body), JSON.stringify(body), body.note]) expect(fingerprint).not.toBe(sha256(plain));
      const keyed = app.get(TokenService).deriveKey('bcd-idempotency-fingerprint');
      expect(fingerprint).toBe(createHmac('sha256', keyed).update(request).digest('hex'));
    });

    it('ignores the header on GET routes, on PUT and on POST routes not declared with Change', async () => {
      const tallyId = newId();
      const opened = await post('alice', `${tallyUrl(tenantA)}/${tallyId}`, { label: 'put' }, 'not a valid key', 'PUT');
      expect(opened.statusCode).toBe(200);
      const got = await inject({ method: 'GET', url: `${tallyUrl(tenantA)}/${tallyId}`, headers: { authorization: `Bearer ${tokens.alice}`, 'idempotency-key': 'not a valid key' } });
      expect(got.statusCode).toBe(200);
      expect(got.json()).toEqual({ version: 1 });

      const k = key();
      const calls = [await post('alice', `${tallyUrl(tenantA)}/plain/calls`, {}, k), await post('alice', `${tallyUrl(tenantA)}/plain/calls`, {}, k)];
      expect(calls.map((c) => c.headers['idempotent-replayed'])).toEqual([undefined, undefined]);
      expect(calls[1].json().calls).toBe(calls[0].json().calls + 1);
      expect((await post('alice', `${tallyUrl(tenantA)}/plain/calls`, {}, 'not a valid key')).statusCode).toBe(201);
      expect(await records(tenantA, k)).toEqual([]);
    });
  });
});

/** A uuid[] column: an array (pg, PGlite) or its text form. */
function mentions(value: string[] | string): string[] {
  return Array.isArray(value) ? value : value.replace(/[{}]/g, '').split(',').filter(Boolean);
}
