// The ResponseContractInterceptor through HTTP, on two small hosts (a stub store: no database): with
// `checkResponses` an answer that does not match the zod schema its route documents is a 500 problem
// and the log names the route and the field; a matching answer passes as the client receives it
// (after JSON serialisation); without `checkResponses` nothing is checked.
import { Controller, Get, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { Public } from '@bcd/auth';
import { createHostApp } from '../host-app.js';
import { authOptionsOf, hostConfigSchema, hostConfigVariables, loadHostConfig } from '../host-config.js';
import { LogCapture, stubEventStore } from '../testing/index.js';
import { Change, Read } from './routes.js';
import { View } from './zod.js';

const Thing = z.strictObject({ name: z.string(), count: z.number().int(), at: View.instant, tags: z.array(z.string()).optional() });

@Controller('api/kit-contract')
class ContractController {
  @Read('matching', { operationId: 'matching', summary: 'x', roles: 'public', response: Thing })
  matching() {
    // a Date reaches the client as an ISO string: checked as sent
    return { name: 'a', count: 1, at: new Date('2025-01-02T03:04:05.000Z'), tags: ['x'] };
  }

  @Read('undocumented-field', { operationId: 'undocumentedField', summary: 'x', roles: 'public', response: Thing })
  undocumentedField() {
    return { name: 'a', count: 1, at: '2025-01-02T03:04:05.000Z', internalNote: 'not for clients' };
  }

  @Read('missing-field', { operationId: 'missingField', summary: 'x', roles: 'public', response: Thing })
  missingField() {
    return { name: 'a', at: '2025-01-02T03:04:05.000Z' };
  }

  @Read('nested', { operationId: 'nested', summary: 'x', roles: 'public', response: z.array(Thing) })
  nested() {
    return [
      { name: 'a', count: 1, at: 'x' },
      { name: 'b', count: 1.5, at: 'x' },
    ];
  }

  @Change('DELETE', 'no-content', { operationId: 'noContent', summary: 'x', roles: 'public', response: null })
  noContent(): void {}

  @Change('DELETE', 'content-instead-of-none', { operationId: 'contentInsteadOfNone', summary: 'x', roles: 'public', response: null })
  contentInsteadOfNone() {
    return { deleted: true };
  }

  /** Not a Read/Change route: no documented schema, nothing to check. */
  @Get('plain')
  @Public()
  plain() {
    return { anything: 'goes' };
  }
}

@Module({ controllers: [ContractController] })
class ContractModule {}

async function host(checkResponses: boolean) {
  const config = loadHostConfig(hostConfigSchema, hostConfigVariables, {
    JWT_SECRET: 'test-only-jwt-secret-of-at-least-32-characters',
    NODE_ENV: 'test',
    DATA_DIR: 'memory://',
  });
  const logs = new LogCapture();
  const app: NestFastifyApplication = await createHostApp({
    service: 'kit-contract-test',
    config,
    auth: authOptionsOf(config, { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 }),
    openApi: { title: 'test', description: 'test', version: '0' },
    imports: [ContractModule],
    store: stubEventStore(),
    logStream: logs,
    checkResponses,
    apiDocsUi: false,
  });
  await app.init();
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.ready();
  return { app, logs, request: (method: 'GET' | 'DELETE', url: string) => fastify.inject({ method, url: `/api/kit-contract/${url}` }) };
}

describe('ResponseContractInterceptor', () => {
  describe('with checkResponses', () => {
    let checked: Awaited<ReturnType<typeof host>>;

    beforeAll(async () => {
      checked = await host(true);
    });
    afterAll(() => checked?.app.close());

    /** The error lines logged for the request (its correlation id). */
    const errorsOf = (response: LightMyRequestResponse) =>
      checked.logs.withCorrelationId(String(response.headers['x-correlation-id'])).filter((line) => line.level === 'error');

    it('lets a matching answer through, as the client receives it', async () => {
      const response = await checked.request('GET', 'matching');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ name: 'a', count: 1, at: '2025-01-02T03:04:05.000Z', tags: ['x'] });
    });

    it('answers 500 for a field the schema does not document, and the log names the route and the field', async () => {
      const response = await checked.request('GET', 'undocumented-field');
      expect(response.statusCode).toBe(500);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ type: 'internal-error', status: 500 });
      // the client learns nothing of it
      expect(response.body).not.toContain('internalNote');
      expect(errorsOf(response)).toContainEqual(
        expect.objectContaining({ context: 'ResponseContractInterceptor', msg: 'ContractController.undocumentedField: internalNote: is not a field here' }),
      );
    });

    it('answers 500 for a documented field the answer lacks, naming it', async () => {
      const response = await checked.request('GET', 'missing-field');
      expect(response.statusCode).toBe(500);
      const logged = JSON.stringify(errorsOf(response));
      expect(logged).toContain('ContractController.missingField');
      expect(logged).toMatch(/count/);
    });

    it('names a bad field inside an array by its path', async () => {
      const response = await checked.request('GET', 'nested');
      expect(response.statusCode).toBe(500);
      expect(JSON.stringify(errorsOf(response))).toContain('1.count');
    });

    it('holds a route documented as 204 to answering no body', async () => {
      const none = await checked.request('DELETE', 'no-content');
      expect(none.statusCode).toBe(204);
      expect(none.body).toBe('');
      const some = await checked.request('DELETE', 'content-instead-of-none');
      expect(some.statusCode).toBe(500);
      expect(JSON.stringify(errorsOf(some))).toContain('204');
    });

    it('checks nothing on a route not declared with Read or Change', async () => {
      const response = await checked.request('GET', 'plain');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ anything: 'goes' });
    });
  });

  describe('without checkResponses', () => {
    let unchecked: Awaited<ReturnType<typeof host>>;

    beforeAll(async () => {
      unchecked = await host(false);
    });
    afterAll(() => unchecked?.app.close());

    it('checks no answer', async () => {
      const extra = await unchecked.request('GET', 'undocumented-field');
      expect(extra.statusCode).toBe(200);
      expect(extra.json()).toMatchObject({ internalNote: 'not for clients' });
      expect((await unchecked.request('GET', 'missing-field')).statusCode).toBe(200);
      expect((await unchecked.request('DELETE', 'content-instead-of-none')).statusCode).toBe(204);
    });
  });
});
