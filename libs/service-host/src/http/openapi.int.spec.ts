// buildOpenApiDocument on a small host (createHostApp, a stub store: no database) with one test
// controller of Read/Change routes: the Problem schema and the bearer scheme in components; every path
// parameter declared (those a handler never names too: `tenant` with its pattern, `…Id` as UUIDs,
// `date` as a date); security bearer on protected operations and `security: []` on public ones; the
// problem responses derived by the file's rules (400 with parameters or a body, 401/403 when
// protected, 404 with path parameters, 409/422 for changes), or exactly `x-problems` when a route
// names them (and the extension removed); operation ids, query parameters with their examples, the
// body and answer schemas from the routes' zod schemas.
import { Body, Controller, Get, Module, Param, Query } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { createHostApp } from '../host-app.js';
import { authOptionsOf, hostConfigSchema, hostConfigVariables, loadHostConfig } from '../host-config.js';
import { LogCapture, stubEventStore } from '../testing/index.js';
import { buildOpenApiDocument, PROBLEM_SCHEMA } from './openapi.js';
import { Change, Read } from './routes.js';
import { localDate, text } from './zod.js';

const ThingsQuery = z.object({
  from: localDate,
  limit: z.string().regex(/^\d+$/).optional().meta({ description: 'How many things at most.', example: '20' }),
});
const ThingBody = z.strictObject({ name: text(100).meta({ example: 'Sở TTTT' }), startsOn: localDate });
const ThingView = z.strictObject({ thingId: z.string(), name: z.string() });

@Controller('api/tenants/:tenant/things')
class ThingsController {
  @Read('', { operationId: 'listThings', summary: 'Things of a tenant', query: ThingsQuery, response: z.array(ThingView) })
  list(@Query() _query: unknown): never[] {
    return [];
  }

  @Read(':thingId', { operationId: 'getThing', summary: 'One thing', response: ThingView })
  get(@Param('tenant') tenant: string, @Param('thingId') thingId: string) {
    return { thingId, name: tenant };
  }

  @Change('POST', '', { operationId: 'createThing', summary: 'Create a thing', body: ThingBody, response: ThingView })
  create(@Body() _body: unknown) {
    return { thingId: 't', name: 'n' };
  }

  @Change('PUT', ':thingId/parts/:date/:slug', { operationId: 'replacePart', summary: 'Replace a part', body: ThingBody, response: ThingView, ifMatch: 'the thing' })
  replace(@Param() _params: Record<string, string>) {
    return { thingId: 't', name: 'n' };
  }

  @Change('DELETE', ':thingId', { operationId: 'deleteThing', summary: 'Delete a thing', response: null })
  remove(): void {}
}

@Controller('api/kit')
class PlatformController {
  @Read('status', { operationId: 'kitStatus', summary: 'Public status', roles: 'public', response: z.strictObject({ ok: z.boolean() }) })
  status() {
    return { ok: true };
  }

  @Read('me', { operationId: 'kitMe', summary: 'Any authenticated caller', roles: 'authenticated', response: z.strictObject({ ok: z.boolean() }) })
  me() {
    return { ok: true };
  }

  @Change('POST', 'login', {
    operationId: 'kitLogin',
    summary: 'A public change with its own problems',
    roles: 'public',
    problems: [400, 401, 429],
    body: z.strictObject({ username: z.string() }),
    response: z.strictObject({ ok: z.boolean() }),
  })
  login() {
    return { ok: true };
  }

  /** No access decorator at all: the global guard protects it (any authenticated caller). */
  @Get('undecorated')
  undecorated() {
    return { ok: true };
  }
}

@Module({ controllers: [ThingsController, PlatformController] })
class ThingsModule {}

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Record<string, unknown>; example?: unknown };
type Operation = {
  operationId?: string;
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema: Record<string, unknown> }> }>;
  security?: unknown[];
  [extension: `x-${string}`]: unknown;
};

describe('buildOpenApiDocument', () => {
  let app: NestFastifyApplication;
  let document: OpenAPIObject;
  const operation = (path: string, method: string): Operation => {
    const found = (document.paths[path] as Record<string, Operation> | undefined)?.[method];
    if (!found) throw new Error(`no ${method} ${path} in ${Object.keys(document.paths).join(', ')}`);
    return found;
  };
  const problems = (op: Operation) =>
    Object.keys(op.responses)
      .filter((status) => op.responses[status].content?.['application/problem+json'] !== undefined)
      .map(Number);
  const pathParameters = (op: Operation) => Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p]));

  beforeAll(async () => {
    const config = loadHostConfig(hostConfigSchema, hostConfigVariables, {
      JWT_SECRET: 'test-only-jwt-secret-of-at-least-32-characters',
      NODE_ENV: 'test',
      DATA_DIR: 'memory://',
    });
    app = await createHostApp({
      service: 'kit-openapi-test',
      config,
      auth: authOptionsOf(config, { maxFailuresPerUsername: 5, maxFailuresPerAddress: 20, windowSeconds: 900 }),
      openApi: { title: 'Kit test API', description: 'A test host', version: '9.9.9' },
      imports: [ThingsModule],
      store: stubEventStore(),
      logStream: new LogCapture(),
      apiDocsUi: false,
    });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    document = buildOpenApiDocument(app, { title: 'Kit test API', description: 'A test host', version: '9.9.9' });
  });

  afterAll(() => app?.close());

  it('has the info, the Problem schema and the bearer scheme', () => {
    expect(document.info).toMatchObject({ title: 'Kit test API', description: 'A test host', version: '9.9.9' });
    expect(document.components?.schemas?.Problem).toEqual(PROBLEM_SCHEMA);
    expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
  });

  it('is the document the host serves at /api/docs-json', async () => {
    const served = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/docs-json' });
    expect(served.statusCode).toBe(200);
    expect(served.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('declares every path parameter, also those no handler names, by what its name says', () => {
    const replace = pathParameters(operation('/api/tenants/{tenant}/things/{thingId}/parts/{date}/{slug}', 'put'));
    expect(Object.keys(replace).sort()).toEqual(['date', 'slug', 'tenant', 'thingId']);
    for (const parameter of Object.values(replace)) expect(parameter).toMatchObject({ in: 'path', required: true, description: expect.any(String) });
    expect(replace.tenant.schema).toEqual({ type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$', example: 'thanh-hoa' });
    expect(replace.thingId.schema).toEqual({ type: 'string', format: 'uuid' });
    expect(replace.date.schema).toMatchObject({ type: 'string', format: 'date' });
    expect(replace.slug.schema).toEqual({ type: 'string' });

    // `tenant` of a route whose handler reads no parameter at all
    expect(pathParameters(operation('/api/tenants/{tenant}/things', 'get')).tenant.schema).toMatchObject({ pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' });
  });

  it('describes a path parameter a handler names (@Param) as it describes the same one elsewhere', () => {
    // getThing reads `tenant` and `thingId` with @Param(name); replacePart reads neither by name
    const named = pathParameters(operation('/api/tenants/{tenant}/things/{thingId}', 'get'));
    const unnamed = pathParameters(operation('/api/tenants/{tenant}/things/{thingId}/parts/{date}/{slug}', 'put'));
    expect(named.tenant.schema).toEqual(unnamed.tenant.schema);
    expect(named.thingId.schema).toEqual({ type: 'string', format: 'uuid' });
    expect(named.tenant.description).toBe(unnamed.tenant.description);
  });

  it('never declares a path parameter twice', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const op of Object.values(item as Record<string, Operation>)) {
        const names = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
        expect({ path, names }).toEqual({ path, names: [...new Set(names)] });
        expect({ path, names: [...names].sort() }).toEqual({ path, names: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort() });
      }
    }
  });

  it('puts bearer on every protected operation and `security: []` on public ones', () => {
    for (const [path, method] of [
      ['/api/tenants/{tenant}/things', 'get'],
      ['/api/tenants/{tenant}/things', 'post'],
      ['/api/tenants/{tenant}/things/{thingId}', 'delete'],
      ['/api/kit/me', 'get'],
    ]) {
      expect({ path, method, security: operation(path, method).security }).toEqual({ path, method, security: [{ bearer: [] }] });
    }
    expect(operation('/api/kit/status', 'get').security).toEqual([]);
    expect(operation('/api/kit/login', 'post').security).toEqual([]);
  });

  it('documents a route with no access decorator as protected: the global guard asks it for a token', async () => {
    const answer = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/api/kit/undecorated' });
    expect(answer.statusCode).toBe(401);
    const op = operation('/api/kit/undecorated', 'get');
    expect(op.security).toEqual([{ bearer: [] }]);
    expect(problems(op)).toEqual(expect.arrayContaining([401, 403]));
  });

  it('derives the problem responses from what each operation has', () => {
    // protected GET with a query: 400, 401, 403 — and 404 since it has a path parameter (the tenant)
    expect(problems(operation('/api/tenants/{tenant}/things', 'get')).sort()).toEqual([400, 401, 403, 404]);
    // a change: also 409 and 422
    expect(problems(operation('/api/tenants/{tenant}/things', 'post')).sort()).toEqual([400, 401, 403, 404, 409, 422]);
    expect(problems(operation('/api/tenants/{tenant}/things/{thingId}', 'delete')).sort()).toEqual([400, 401, 403, 404, 409, 422]);
    // protected, no parameter, no body, GET: 401 and 403 only
    expect(problems(operation('/api/kit/me', 'get')).sort()).toEqual([401, 403]);
    // public, nothing: none
    expect(problems(operation('/api/kit/status', 'get'))).toEqual([]);
    // every problem answer is the Problem schema, described
    const response = operation('/api/tenants/{tenant}/things', 'post').responses['422'];
    expect(response).toEqual({ description: expect.stringMatching(/rule/i), content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });
  });

  it('uses exactly the problems a route names (x-problems), and removes the extension', () => {
    const login = operation('/api/kit/login', 'post');
    expect(problems(login).sort()).toEqual([400, 401, 429]);
    expect(login['x-problems']).toBeUndefined();
    for (const item of Object.values(document.paths)) for (const op of Object.values(item as Record<string, Operation>)) expect(op['x-problems']).toBeUndefined();
  });

  it('takes operation ids and summaries from Read and Change', () => {
    const ids = Object.values(document.paths).flatMap((item) => Object.values(item as Record<string, Operation>).map((op) => op.operationId));
    expect(ids).toEqual(expect.arrayContaining(['listThings', 'getThing', 'createThing', 'replacePart', 'deleteThing', 'kitStatus', 'kitMe', 'kitLogin']));
    expect(operation('/api/tenants/{tenant}/things', 'post')).toMatchObject({ operationId: 'createThing', summary: 'Create a thing' });
  });

  it('documents the query parameters with their schema, description and example', () => {
    const query = Object.fromEntries(operation('/api/tenants/{tenant}/things', 'get').parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
    expect(Object.keys(query).sort()).toEqual(['from', 'limit']);
    // @nestjs/swagger keeps a parameter's example inside its schema
    expect(query.from).toMatchObject({ required: true, schema: { type: 'string', format: 'date', example: '2014-11-03' } });
    expect(query.limit).toMatchObject({ required: false, description: 'How many things at most.', schema: { type: 'string', pattern: '^\\d+$', example: '20' } });
  });

  it('documents the body and the answer with the routes\' zod schemas', () => {
    const create = operation('/api/tenants/{tenant}/things', 'post');
    const body = create.requestBody?.content['application/json'].schema;
    expect(body).toMatchObject({
      type: 'object',
      required: ['name', 'startsOn'],
      additionalProperties: false,
      properties: { name: expect.objectContaining({ type: 'string', maxLength: 100, example: 'Sở TTTT' }), startsOn: expect.objectContaining({ format: 'date' }) },
    });
    expect(create.responses['201'].content?.['application/json'].schema).toMatchObject({ type: 'object', required: ['thingId', 'name'] });
    expect(operation('/api/tenants/{tenant}/things', 'get').responses['200'].content?.['application/json'].schema).toMatchObject({ type: 'array' });
    // no content: 204
    const remove = operation('/api/tenants/{tenant}/things/{thingId}', 'delete');
    expect(remove.responses['204']).toBeDefined();
    expect(remove.responses['204'].content).toBeUndefined();
  });

  it('documents If-Match on changes that take it and Idempotency-Key on POST', () => {
    const headers = (op: Operation) => op.parameters.filter((p) => p.in === 'header').map((p) => p.name);
    expect(headers(operation('/api/tenants/{tenant}/things/{thingId}/parts/{date}/{slug}', 'put'))).toEqual(['If-Match']);
    expect(headers(operation('/api/tenants/{tenant}/things', 'post'))).toEqual(['Idempotency-Key']);
    expect(headers(operation('/api/tenants/{tenant}/things/{thingId}', 'delete'))).toEqual([]);
  });
});
