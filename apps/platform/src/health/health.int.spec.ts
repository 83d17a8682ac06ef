import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp } from '../testing/http.js';
import { LogCapture } from '../testing/log-capture.js';
import { stubEventStore } from '../testing/stub-event-store.js';
import { testConfig } from '../testing/test-config.js';

describe('health', () => {
  let app: NestFastifyApplication;
  let inject: Awaited<ReturnType<typeof startApp>>['inject'];
  const logs = new LogCapture();
  // Each test decides how the store answers the readiness ping.
  let ping: () => Promise<void> = async () => {};

  beforeAll(async () => {
    ({ app, inject } = await startApp(testConfig(), {
      store: stubEventStore({ ping: () => ping() }),
      contexts: [],
      logStream: logs,
    }));
  });
  afterAll(() => app.close());

  it('GET /health answers 200 without asking the store (liveness)', async () => {
    ping = async () => {
      throw new Error('store down');
    };
    const response = await inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /health/ready answers 200 when the event store answers', async () => {
    ping = async () => {};
    const response = await inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { eventStore: 'up' } });
  });

  it('GET /health/ready answers a 503 problem when the ping fails, and logs why', async () => {
    ping = async () => {
      throw new Error('connect ECONNREFUSED 10.0.0.5:5432');
    };
    const response = await inject({ method: 'GET', url: '/health/ready', headers: { 'x-correlation-id': 'ready-1' } });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toEqual({
      type: 'service-unavailable',
      title: 'Service Unavailable',
      status: 503,
      detail: 'The event store is unreachable.',
      instance: '/health/ready',
      correlationId: 'ready-1',
    });
    expect(response.body).not.toContain('ECONNREFUSED');
    const warning = logs.withCorrelationId('ready-1').find((line) => line.context === 'HealthController');
    expect(warning).toMatchObject({ level: 'warn', err: { message: 'connect ECONNREFUSED 10.0.0.5:5432' } });
  });

  it('GET /health/ready answers 503 when the ping hangs', async () => {
    ping = () => new Promise(() => {});
    const response = await inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(503);
  });
});
