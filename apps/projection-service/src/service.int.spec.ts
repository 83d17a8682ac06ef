// Smoke test of the distributed shape's projection service on PGlite: it starts and answers /health/ready; it
// projects every context's events of the shared store (here appended as the other services would) into the audit
// trail and the tenant's transparency log, signed with AUDIT_SIGNING_KEY; an auditor known only from the identity
// events reads them with a token issued under the shared JWT_SECRET; a platform admin sees every read model's lag.
// No token is a 401, another tenant a 404. tools/distributed runs it beside the other services as a process, and
// SIGKILLs it mid-catch-up.
import { fixedClock } from '@bcd/kernel';
import { encodeSignerKey } from '@bcd/projections';
import { adoptBuiltInRegulation, itAnswersReady, itRefusesStrangers, startServiceForTest } from '@bcd/service-host/testing';
import { createProjectionService } from './app.js';
import { loadConfig } from './config.js';

/** A throw-away key (seed 32 × 0x07) under the log name bcd.test. */
const SIGNING_KEY = encodeSignerKey('bcd.test', new Uint8Array(32).fill(7));

describe('projection service (PGlite)', () => {
  const clock = fixedClock('2025-07-15T02:00:00.000Z');
  const service = startServiceForTest((env, options) => createProjectionService(loadConfig(env), options), {
    clock,
    env: { AUDIT_SIGNING_KEY: SIGNING_KEY },
    users: [
      { username: 'kiemtoan.th', displayName: 'Kiểm toán', roles: [{ role: 'auditor', tenant: 'thanh-hoa' }] },
      { username: 'admin', displayName: 'Platform administrator', roles: [{ role: 'platform_admin' }] },
    ],
  });
  const send = (url: string, as: string | undefined) => service.send('GET', url, as);

  itAnswersReady(service);
  itRefusesStrangers(service, 'audit/events');

  it('projects the events other services append into the audit trail and the transparency log signed with its key', async () => {
    const auditor = service.tokenOf('kiemtoan.th');
    const appended = await adoptBuiltInRegulation(service.store, 'thanh-hoa', 'thanh-hoa-2018');
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
    const [admin, auditor] = [service.tokenOf('admin'), service.tokenOf('kiemtoan.th')];
    const projections = (await send('/api/admin/projections', admin)).json() as Array<{ projectionId: string; readYourWrites: boolean }>;
    expect(projections.map((p) => p.projectionId).sort()).toEqual(['projections-audit', 'projections-time-travel', 'projections-transparency']);
    expect(projections.every((p) => p.readYourWrites === false)).toBe(true);
    expect((await send('/api/admin/projections', auditor)).statusCode).toBe(403);
  });
});
