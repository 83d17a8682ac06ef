// How far each read model is behind the store, for operators: GET /api/admin/projections (platform roles) and
// the projection_lag_events / projection_lag_seconds gauges on /metrics. A projection that stopped (here: one
// whose batches fail) shows the events it has not processed and how long ago the oldest was recorded.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ReadModels } from '@bcd/service-host';
import { startApp } from '../testing/http.js';
import { IdentityClient, type Session } from '../testing/identity-client.js';
import { MembershipClient } from '../testing/membership-client.js';
import { testConfig } from '../testing/test-config.js';

type Lag = { projectionId: string; context: string; readYourWrites: boolean; position: string | null; eventsBehind: number; secondsBehind: number };

describe('projection lag', () => {
  let app: NestFastifyApplication;
  let client: IdentityClient;
  let admin: Session;

  beforeAll(async () => {
    let inject;
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'lag-admin-password' })));
    client = new IdentityClient(inject);
    admin = await client.session('admin', 'lag-admin-password');
    await client.tenant(admin.token, 'tinh-lag', 'Tỉnh Lag');
    await new MembershipClient(client, 'tinh-lag', admin.token).agency('STTTT', 'Sở Thông tin và Truyền thông', 'department');
  });
  afterAll(() => app.close());

  const lag = async (): Promise<Lag[]> => {
    const response = await client.request(admin.token, 'GET', '/api/admin/projections');
    expect(response.statusCode).toBe(200);
    return response.json() as Lag[];
  };

  it('lists every read model of the host; those commands wait for are current once a command answered', async () => {
    const all = await lag();
    expect(all.map((p) => p.projectionId)).toEqual(expect.arrayContaining(['membership-read-model', 'reporting-read-model', 'budget-read-model']));
    const membership = all.find((p) => p.projectionId === 'membership-read-model')!;
    expect(membership).toMatchObject({ context: expect.any(String), readYourWrites: true, eventsBehind: 0, secondsBehind: 0 });
    expect(BigInt(membership.position!)).toBeGreaterThan(0n);
  });

  it('shows the events a projection has not processed and how old the oldest is, on the route and on /metrics', async () => {
    // Stop one projection's progress by measuring against a checkpoint moved back to the beginning.
    const readModels = app.get(ReadModels);
    const [before] = (await readModels.lag()).filter((p) => p.projectionId === 'membership-read-model');
    const host = (readModels as unknown as { host: { executor: { query(sql: string, params?: unknown[]): Promise<unknown[]> } } }).host;
    const [saved] = (await host.executor.query(`SELECT transaction_id::text AS t, global_position FROM checkpoints WHERE subscription_id = 'membership-read-model'`)) as { t: string; global_position: string }[];
    await host.executor.query(`UPDATE checkpoints SET transaction_id = '0'::xid8, global_position = 0 WHERE subscription_id = 'membership-read-model'`);
    try {
      const behind = (await lag()).find((p) => p.projectionId === 'membership-read-model')!;
      expect(behind.eventsBehind).toBeGreaterThan(0);
      expect(behind.position).toBe('0');
      expect(behind.secondsBehind).toBeGreaterThanOrEqual(0);
      const metrics = (await client.request(undefined, 'GET', '/metrics')).body;
      expect(metrics).toMatch(new RegExp(`projection_lag_events\\{projection="membership-read-model"\\} ${behind.eventsBehind}`));
      expect(metrics).toMatch(/projection_lag_seconds\{projection="membership-read-model"\} [0-9.e+-]+/);
    } finally {
      await host.executor.query(`UPDATE checkpoints SET transaction_id = $1::xid8, global_position = $2 WHERE subscription_id = 'membership-read-model'`, [saved.t, saved.global_position]);
    }
    expect((await lag()).find((p) => p.projectionId === 'membership-read-model')).toMatchObject({ eventsBehind: before.eventsBehind, position: before.position });
  });

  it('answers tenant roles 403: it is the platform\'s', async () => {
    const secretariat = await client.member(admin.token, 'tinh-lag', 'thuky.lag', 'secretariat');
    expect((await client.request(secretariat.token, 'GET', '/api/admin/projections')).statusCode).toBe(403);
  });
});
