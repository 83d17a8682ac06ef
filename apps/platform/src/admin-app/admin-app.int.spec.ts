// The platform serves the admin app on the API's origin (issue 15 item 1): its files at /, index.html for the
// pages a browser navigates to, while /api, /health and /metrics and callers that do not ask for HTML keep their
// 404 problem documents. A stand-in build in a temporary folder, so this runs without building the app.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp } from '../testing/http.js';
import { testConfig } from '../testing/test-config.js';

const INDEX = '<!doctype html><html lang="vi"><body><div id="root"></div></body></html>';

describe('the admin app on the platform', () => {
  let dir: string;
  let app: NestFastifyApplication;
  let inject: Awaited<ReturnType<typeof startApp>>['inject'];
  const html = { accept: 'text/html,application/xhtml+xml' };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bcd-admin-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), INDEX);
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("admin")');
    ({ app, inject } = await startApp(testConfig({ DATA_DIR: 'memory://', ADMIN_PASSWORD: 'admin-app-admin-password' }), { adminApp: dir }));
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html at / and for every page a browser opens, never cached', async () => {
    for (const url of ['/', '/login', '/t/thanh-hoa/meetings', '/t/thanh-hoa/time-travel?at=2016-06-30']) {
      const response = await inject({ method: 'GET', url, headers: html });
      expect({ url, status: response.statusCode, type: response.headers['content-type'] }).toEqual({ url, status: 200, type: 'text/html; charset=utf-8' });
      expect(response.body).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the hashed assets, cached for good', async () => {
    const response = await inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps the 404 problem document for unknown API paths, health, metrics, pages the app does not have and non-HTML callers', async () => {
    for (const [url, headers] of [
      ['/api/no-such-route', html],
      ['/no-such-page', html],
      ['/api', html],
      ['/health/nope', html],
      ['/metrics/nope', html],
      ['/t/thanh-hoa/meetings', { accept: 'application/json' }],
      ['/assets/missing.js', {}],
    ] as const) {
      const response = await inject({ method: 'GET', url, headers });
      expect({ url, status: response.statusCode, type: response.headers['content-type'] }).toEqual({ url, status: 404, type: 'application/problem+json; charset=utf-8' });
      expect(response.json()).toMatchObject({ type: 'not-found', status: 404 });
    }
  });

  it('still answers the API and the probes', async () => {
    expect((await inject({ method: 'GET', url: '/health', headers: html })).statusCode).toBe(200);
    expect((await inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });
});
