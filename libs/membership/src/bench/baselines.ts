// What `npm run bench -- http` adds to a host that runs this context (apps/platform/src/bench-server.ts,
// apps/membership-service/src/bench-server.ts): bare Fastify routes that run the same SQL as two membership routes,
// on the same pool (or PGlite), and answer the same JSON, without Nest, the guard, the request-scope transaction,
// the command runner or read-your-writes — the baselines of the same run — and a route that does nothing. Written
// once so that every host is measured against the same baselines. Never installed in production.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import { newId } from '@bcd/kernel';
import type { PostgresEventStore } from '@bcd/event-store';
import { tenantScopeSql } from '@bcd/auth';
import { parse as parseBody, PROJECTION_HOST } from '@bcd/service-host';
import { PersonalDataStore } from '../application/personal-data.js';
import { personStream } from '../domain/person/person.decider.js';
import { PersonBody } from '../http/people.schemas.js';
import { agenciesOf } from '../read-model/agencies.query.js';

type TenantParams = { tenant: string };

/** Adds the baseline routes under /bench to a host built with MembershipModule (before it listens). */
export function installBenchBaselines(app: NestFastifyApplication): void {
  const store = app.get<PostgresEventStore | null>(PROJECTION_HOST);
  if (!store) throw new Error('the bench baselines need the event store\'s SQL database (PostgreSQL or PGlite)');
  const personalData = app.get(PersonalDataStore, { strict: false });
  const fastify = app.getHttpAdapter().getInstance();

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
}

/**
 * Listens on 127.0.0.1 (`port` 0: any free port), prints `{"listening": "<url>"}` on stdout for the bench to read,
 * and closes the app on SIGTERM/SIGINT.
 */
export async function listenForBench(app: NestFastifyApplication, port: number): Promise<void> {
  await app.listen({ port, host: '127.0.0.1' });
  process.stdout.write(`${JSON.stringify({ listening: await app.getUrl() })}\n`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
}
