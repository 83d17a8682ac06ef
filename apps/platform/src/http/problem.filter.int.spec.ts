import {
  BadRequestException,
  Body,
  Controller,
  Get,
  HttpException,
  Module,
  Post,
  UnauthorizedException,
} from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  ConcurrencyConflict,
  Forbidden,
  IdempotencyConflict,
  NotFound,
  RuleViolation,
  ValidationFailed,
} from '@bcd/kernel';
import { Public } from '@bcd/auth';
import { startApp } from '../testing/http.js';
import { LogCapture } from '../testing/log-capture.js';
import { stubEventStore } from '../testing/stub-event-store.js';
import { testConfig } from '../testing/test-config.js';

const SECRET_DETAIL = 'password authentication failed for user "bcd" at /srv/app/db.ts:42';

@Public()
@Controller('test/errors')
class ThrowingController {
  @Get('rule-violation')
  ruleViolation(): never {
    throw new RuleViolation('KG-2008-D10-delegation', 'Điều 10, QĐ 1507/QĐ-UBND 2008', 'Only a deputy head may be delegated');
  }

  @Get('validation-failed')
  validationFailed(): never {
    throw new ValidationFailed([
      { path: 'items.0.amount', message: 'must be positive' },
      { path: 'title', message: 'is required' },
    ]);
  }

  @Get('not-found')
  notFound(): never {
    throw new NotFound('Meeting', 'm-1');
  }

  @Get('forbidden')
  forbidden(): never {
    throw new Forbidden('Auditors cannot schedule meetings');
  }

  @Get('concurrency-conflict')
  concurrencyConflict(): never {
    throw new ConcurrencyConflict('meetings-meeting-t-m-1', '3', 4);
  }

  @Get('idempotency-conflict')
  idempotencyConflict(): never {
    throw new IdempotencyConflict(['0190f1a2-0000-7000-8000-000000000000']);
  }

  @Get('http-unauthorized')
  unauthorized(): never {
    throw new UnauthorizedException('Token expired');
  }

  @Get('http-teapot')
  teapot(): never {
    throw new HttpException('Short and stout', 418);
  }

  @Get('http-bad-request-list')
  badRequestList(): never {
    throw new BadRequestException(['a is wrong', 'b is wrong']);
  }

  @Get('unknown')
  unknown(): never {
    throw new Error(SECRET_DETAIL);
  }

  @Get('not-an-error')
  notAnError(): never {
    throw { reason: SECRET_DETAIL };
  }

  @Post('echo')
  echo(@Body() body: unknown): unknown {
    return body;
  }
}

@Module({ controllers: [ThrowingController] })
class ThrowingModule {}

describe('problem+json for every error', () => {
  let app: NestFastifyApplication;
  let inject: Awaited<ReturnType<typeof startApp>>['inject'];
  const logs = new LogCapture();

  beforeAll(async () => {
    ({ app, inject } = await startApp(testConfig(), {
      store: stubEventStore(),
      contexts: [],
      logStream: logs,
      imports: [ThrowingModule],
    }));
  });
  afterAll(() => app.close());

  async function problem(url: string, headers: Record<string, string> = {}) {
    const response = await inject({ method: 'GET', url, headers });
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    return { status: response.statusCode, body: response.json() as Record<string, unknown>, response };
  }

  it('maps a rule violation to 422 with the rule and the article', async () => {
    const { status, body } = await problem('/test/errors/rule-violation?draft=1', { 'x-correlation-id': 'corr-422' });
    expect(status).toBe(422);
    expect(body).toEqual({
      type: 'rule-violation',
      title: 'Rule violation',
      status: 422,
      detail: 'Only a deputy head may be delegated',
      instance: '/test/errors/rule-violation',
      correlationId: 'corr-422',
      rule: 'KG-2008-D10-delegation',
      article: 'Điều 10, QĐ 1507/QĐ-UBND 2008',
    });
  });

  it('maps ValidationFailed to 400 with the field errors', async () => {
    const { status, body } = await problem('/test/errors/validation-failed');
    expect(status).toBe(400);
    expect(body).toMatchObject({
      type: 'validation-failed',
      title: 'Validation failed',
      status: 400,
      errors: [
        { path: 'items.0.amount', message: 'must be positive' },
        { path: 'title', message: 'is required' },
      ],
    });
  });

  it.each([
    ['not-found', 404, 'Meeting m-1 not found'],
    ['forbidden', 403, 'Auditors cannot schedule meetings'],
    ['concurrency-conflict', 409, 'Stream meetings-meeting-t-m-1 is at version 4, expected 3'],
    ['idempotency-conflict', 409, 'Event id(s) 0190f1a2-0000-7000-8000-000000000000 already stored with different content'],
  ])('maps %s to %i', async (kind, expectedStatus, detail) => {
    const { status, body } = await problem(`/test/errors/${kind}`);
    expect(status).toBe(expectedStatus);
    expect(body).toMatchObject({ type: kind, status: expectedStatus, detail, instance: `/test/errors/${kind}` });
    expect(typeof body.title).toBe('string');
  });

  it.each([
    ['http-unauthorized', 401, 'unauthorized', 'Unauthorized', 'Token expired'],
    ['http-teapot', 418, 'i-m-a-teapot', "I'm a Teapot", 'Short and stout'],
    ['http-bad-request-list', 400, 'bad-request', 'Bad Request', 'a is wrong; b is wrong'],
  ])('keeps the status of a Nest HttpException (%s)', async (path, expectedStatus, type, title, detail) => {
    const { status, body } = await problem(`/test/errors/${path}`);
    expect(status).toBe(expectedStatus);
    expect(body).toMatchObject({ type, title, status: expectedStatus, detail });
  });

  it.each(['unknown', 'not-an-error'])('answers an unknown error (%s) with 500 and no internals, and logs it with its stack', async (path) => {
    const { status, body, response } = await problem(`/test/errors/${path}`);
    expect(status).toBe(500);
    expect(body).toEqual({
      type: 'internal-error',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred. Quote the correlation id when reporting it.',
      instance: `/test/errors/${path}`,
      correlationId: response.headers['x-correlation-id'],
    });
    expect(response.body).not.toContain('pg_shadow');
    expect(response.body).not.toContain('password');

    const logged = logs.withCorrelationId(String(body.correlationId)).find((line) => line.msg === 'unhandled error');
    expect(logged).toMatchObject({ level: 'error', context: 'ProblemFilter' });
    if (path === 'unknown') {
      expect((logged!.err as { stack: string }).stack).toContain(SECRET_DETAIL);
      expect((logged!.err as { stack: string }).stack).toContain('problem.filter.int.spec.ts');
    }
  });

  it('answers an unknown route with a 404 problem', async () => {
    const { status, body } = await problem('/no/such/route', { 'x-correlation-id': 'corr-404' });
    expect(status).toBe(404);
    expect(body).toMatchObject({ type: 'not-found', title: 'Not Found', status: 404, instance: '/no/such/route', correlationId: 'corr-404' });
  });

  it('answers a malformed JSON body with a 400 problem', async () => {
    const response = await inject({
      method: 'POST',
      url: '/test/errors/echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"broken":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.json()).toMatchObject({ type: 'bad-request', status: 400, instance: '/test/errors/echo' });
  });

  it('answers an unsupported media type with a 415 problem', async () => {
    const response = await inject({
      method: 'POST',
      url: '/test/errors/echo',
      headers: { 'content-type': 'application/x-unknown' },
      payload: 'x',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({ type: 'unsupported-media-type', status: 415 });
  });
});
