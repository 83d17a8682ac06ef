// Smoke test of the distributed shape's projection service on PGlite: it starts and answers /health/ready; it
// projects every context's events of the shared store (here appended as the other services would) into the audit
// trail and the tenant's transparency log, signed with AUDIT_SIGNING_KEY; an auditor known only from the identity
// events reads them with a token issued under the shared JWT_SECRET; a platform admin sees every read model's lag.
// No token is a 401, another tenant a 404. tools/distributed runs it beside the other services as a process, and
// SIGKILLs it mid-catch-up.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { fixedClock, newId } from '@bcd/kernel';
import { createEventStore, type PostgresEventStore } from '@bcd/event-store';
import { TokenService } from '@bcd/auth';
import { encodeSignerKey } from '@bcd/projections';
import { builtInPack } from '@bcd/regulation';
import { RegulationAdoptedDataSchema, RULEBOOK_EVENT_TYPES } from '@bcd/contracts';
import { LogCapture } from '@bcd/service-host/testing';
import { createProjectionService } from './app.js';
import { loadConfig } from './config.js';

const SECRET = 'test-only-jwt-secret-of-at-least-32-characters';
/** A throw-away key (seed 32 × 0x07) under the log name bcd.test. */
const SIGNING_KEY = encodeSignerKey('bcd.test', new Uint8Array(32).fill(7));

describe('projection service (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  let store: PostgresEventStore;
  let app: NestFastifyApplication;
  let inject: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  let auditor: string;
  let admin: string;
  const auditorId = newId();
  const adminId = newId();
  const send = (url: string, as: string | undefined) => inject({ method: 'GET', url, headers: as ? { authorization: `Bearer ${as}` } : {} });

  beforeAll(async () => {
    store = await createEventStore({ dataDir: 'memory://' });
    await store.appendToStream('platform', 'tenancy-tenant-thanh-hoa', [{ type: 'tenancy.TenantCreated', data: { code: 'thanh-hoa', name: 'Tỉnh Thanh Hóa' } }]);
    await store.appendToStream('platform', `tenancy-user-${auditorId}`, [
      { type: 'tenancy.UserCreated', data: { userId: auditorId, username: 'kiemtoan.th', displayName: 'Kiểm toán' } },
      { type: 'tenancy.RoleGranted', data: { userId: auditorId, role: 'auditor', tenant: 'thanh-hoa' } },
    ]);
    await store.appendToStream('platform', `tenancy-user-${adminId}`, [
      { type: 'tenancy.UserCreated', data: { userId: adminId, username: 'admin', displayName: 'Platform administrator' } },
      { type: 'tenancy.RoleGranted', data: { userId: adminId, role: 'platform_admin' } },
    ]);
    const config = loadConfig({ JWT_SECRET: SECRET, DATA_DIR: 'memory://', NODE_ENV: 'test', LOG_LEVEL: 'warn', AUDIT_SIGNING_KEY: SIGNING_KEY });
    app = await createProjectionService(config, { store, clock, logStream: new LogCapture(), checkResponses: true });
    await app.init();
    const fastify = app.getHttpAdapter().getInstance();
    await fastify.ready();
    inject = fastify.inject.bind(fastify);
    const tokens = app.get(TokenService);
    auditor = (await tokens.issue({ userId: auditorId, username: 'kiemtoan.th', roles: [{ role: 'auditor', tenant: 'thanh-hoa' }] }, clock.now())).accessToken;
    admin = (await tokens.issue({ userId: adminId, username: 'admin', roles: [{ role: 'platform_admin' }] }, clock.now())).accessToken;
  });

  afterAll(() => app?.close());

  it('is ready once its event store answers', async () => {
    const response = await send('/health/ready', undefined);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { eventStore: 'up' } });
  });

  it('refuses without a token (401) and in a tenant the caller has no role in (404)', async () => {
    expect((await send('/api/tenants/thanh-hoa/audit/events', undefined)).statusCode).toBe(401);
    const other = await send('/api/tenants/kien-giang/audit/events', auditor);
    expect(other.statusCode).toBe(404);
    expect(other.headers['content-type']).toContain('application/problem+json');
  });

  it('projects the events other services append into the audit trail and the transparency log signed with its key', async () => {
    const pack = builtInPack('thanh-hoa-2018');
    const adopted = RegulationAdoptedDataSchema.parse({
      adoptionId: newId(),
      source: { kind: 'built-in', packId: pack.id },
      pack,
      decisionNumber: pack.decision.number,
      signedOn: pack.decision.signedOn,
      effectiveFrom: pack.decision.signedOn,
      supersedes: null,
    });
    const appended = await store.appendToStream('thanh-hoa', 'rulebook-regulations-thanh-hoa', [{ type: RULEBOOK_EVENT_TYPES.regulationAdopted, data: adopted }]);
    expect(appended.nextExpectedVersion).toBe(1);

    // eventually consistent: no command waits for these read models
    let items: Array<{ type: string; sentence: string }> = [];
    for (let attempt = 0; attempt < 100 && items.length === 0; attempt++) {
      items = (await send('/api/tenants/thanh-hoa/audit/events', auditor)).json().items;
      if (items.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(items).toEqual([expect.objectContaining({ type: 'rulebook.RegulationAdopted', sentence: expect.stringContaining('4095/QĐ-BCĐ') })]);
    const key = await send('/api/tenants/thanh-hoa/audit/log/verifier-key', auditor);
    expect(key.body).toMatch(/^bcd\.test\/thanh-hoa\/events\+[0-9a-f]{8}\+/);
    expect((await send('/api/tenants/thanh-hoa/audit/log/verification', auditor)).json()).toMatchObject({ valid: true, leaves: 1, events: 1 });
  });

  it('shows a platform admin every read model it runs and how far behind each is', async () => {
    const projections = (await send('/api/admin/projections', admin)).json() as Array<{ projectionId: string; readYourWrites: boolean }>;
    expect(projections.map((p) => p.projectionId).sort()).toEqual(['projections-audit', 'projections-time-travel', 'projections-transparency']);
    expect(projections.every((p) => p.readYourWrites === false)).toBe(true);
    expect((await send('/api/admin/projections', auditor)).statusCode).toBe(403);
  });
});
