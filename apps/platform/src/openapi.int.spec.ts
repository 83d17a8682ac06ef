import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { startApp } from './testing/http.js';
import { stubEventStore } from './testing/stub-event-store.js';
import { testConfig } from './testing/test-config.js';

describe('OpenAPI', () => {
  let app: NestFastifyApplication;
  let inject: Awaited<ReturnType<typeof startApp>>['inject'];

  beforeAll(async () => {
    ({ app, inject } = await startApp(testConfig(), { store: stubEventStore(), contexts: [] }));
  });
  afterAll(() => app.close());

  it('serves the document at /api/docs-json, with the operations routes and the Problem schema', async () => {
    const response = await inject({ method: 'GET', url: '/api/docs-json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.info.title).toBe('BCĐ platform API');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health', '/health/ready', '/metrics']));
    expect(document.components.schemas.Problem.required).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance', 'correlationId']),
    );
  });
});
