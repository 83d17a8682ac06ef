// The platform as `npm run bench -- http` measures it (bench/src/http.bench.ts spawns this file): the
// real platform, configured from the environment like `npm start`, plus a few bare Fastify routes that
// run the same SQL on the same pool (or PGlite) and answer the same JSON, without Nest, the guard, the
// request-scope transaction, the command runner or read-your-writes: the baselines of the same run.
// Never started in production; it prints `{"listening": "<url>"}` on stdout once it listens.
import 'reflect-metadata';
import { newId } from '@bcd/kernel';
import { tenantScopeSql } from '@bcd/auth';
import { parse as parseBody, PROJECTION_HOST } from '@bcd/service-host';
import type { PostgresEventStore } from '@bcd/event-store';
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import { agenciesOf, PersonalDataStore, PersonBody, personStream } from '@bcd/membership';
import { createApp } from './app.factory.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await createApp(config, { apiDocsUi: false });
const store = app.get<PostgresEventStore>(PROJECTION_HOST);
const personalData = app.get(PersonalDataStore, { strict: false });
const fastify = app.getHttpAdapter().getInstance();

type TenantParams = { tenant: string };

// GET …/membership/agencies: the two SELECTs of agenciesOf and the same views, on the store's pool, in autocommit.
fastify.get<{ Params: TenantParams; Querystring: { asOf?: string } }>('/bench/baseline/tenants/:tenant/membership/agencies', async (request) =>
  agenciesOf(store.executor, request.params.tenant, (request.query.asOf ?? vietnamDateOf(new Date())) as LocalDate),
);

// POST …/membership/people: in one transaction, read the new stream, append PersonRegistered, write the personal data; the same answer.
fastify.post<{ Params: TenantParams }>('/bench/baseline/tenants/:tenant/membership/people', async (request, reply) => {
  const data = parseBody(PersonBody, request.body);
  const { tenant } = request.params;
  const personId = newId();
  const appended = await store.atomically(
    async (unit) => {
      await unit.store.readStream(tenant, personStream(tenant, personId));
      const done = await unit.store.appendToStream(tenant, personStream(tenant, personId), [{ type: 'membership.PersonRegistered', data: { personId } }], {
        expectedVersion: 'no_stream',
      });
      await personalData.put(unit.sql, tenant, personId, { fullName: data.fullName, email: data.email ?? null, phone: data.phone ?? null }, new Date());
      return done;
    },
    { prelude: tenantScopeSql({ platform: false, tenantIds: [tenant] }) },
  );
  reply.status(201).header('etag', `"${appended.nextExpectedVersion}"`);
  return { personId, status: 'registered', version: appended.nextExpectedVersion };
});

// A route that does nothing: what Fastify itself costs here.
fastify.get('/bench/bare', async () => ({ status: 'ok' }));

// BENCH_PORT=0: any free port (PORT must be a real port).
await app.listen({ port: Number(process.env.BENCH_PORT ?? config.PORT), host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ listening: await app.getUrl() })}\n`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
