// Regression (found by the admin app's browser tests): a tenant's log of more than ten leaves must verify. The leaves
// are paged by their index; ordering by the text the index is read as ("10" before "2") made an untouched log
// fail verification from its eleventh leaf on.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ReadModelDatabase } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { testConfig } from '../testing/test-config.js';
import { seedThanhHoa } from '../testing/admin-e2e/seed.js';
import { waitForProjections } from '../testing/admin-e2e/projections.js';

const PASSWORD = 'transparency-order-password';

describe('the transparency log of a tenant with more than ten events (PGlite)', () => {
  let app: NestFastifyApplication;

  afterAll(async () => {
    await app?.close();
  });

  it('verifies, every leaf in its place', async () => {
    // a platform start and a seeded province: minutes on a loaded 2-core machine
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: PASSWORD })));
    await seedThanhHoa(inject, PASSWORD);
    const token = ((await inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } })).json() as { accessToken: string }).accessToken;
    await waitForProjections(inject, token);
    const [{ leaves }] = await app.get(ReadModelDatabase).executor.query<{ leaves: number }>(`SELECT count(*)::int AS leaves FROM projections_tlog_leaves WHERE tenant_id = 'thanh-hoa'`);
    expect(leaves).toBeGreaterThan(10);

    const verification = (await inject({ method: 'GET', url: '/api/tenants/thanh-hoa/audit/log/verification', headers: { authorization: `Bearer ${token}` } })).json() as Record<string, unknown>;
    expect(verification).toMatchObject({ valid: true, leaves, events: leaves, findings: [] });
  }, 180_000);
});
