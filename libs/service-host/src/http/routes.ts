// The two route decorators every context's controllers use. One decorator per route says everything
// about it: method and path, who may call it (a role group of libs/auth by default), its operation id
// and summary, the zod schemas of its query, body and answer (documented in OpenAPI; the answer is
// checked against its schema when the host runs with `checkResponses`), If-Match and, on POST,
// Idempotency-Key. The problem responses (400/401/403/404/409/422) are added to the OpenAPI document
// by buildOpenApiDocument from what the route has (parameters, roles, method).
import { applyDecorators, Delete, Get, HttpCode, Patch, Post, Put, SetMetadata } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExtension, ApiHeader, ApiOperation, ApiProduces, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { Authenticated, Public, RoleGroups, Roles, type Role } from '@bcd/auth';
import { openApiSchema } from './zod.js';

export const ROUTE_CONTRACT = 'bcd:route:contract';

/** What the host's interceptors need to know of a route. */
export interface RouteContract {
  /** The answer's schema (null: 204 No Content). */
  response: z.ZodType | null;
  /** Idempotency-Key applies (POST routes that change something). */
  idempotent: boolean;
}

/** Who may call a route: roles (most privileged first), any authenticated caller, or anyone. */
export type Access = readonly Role[] | 'authenticated' | 'public';

export interface RouteDoc {
  /** Unique in the API: the admin app's generated client calls the operation by it. */
  operationId: string;
  summary: string;
  description?: string;
  roles?: Access;
  /** The answer's schema; null: 204 No Content. */
  response: z.ZodType | null;
  /** The query parameters. */
  query?: z.ZodObject;
  /** The problem statuses this route answers, when not the ones the kit derives (e.g. login: 400, 401, 429). */
  problems?: number[];
}

export interface ChangeDoc extends RouteDoc {
  body?: z.ZodType;
  /** What the If-Match ETag names (`the committee`); absent: the route takes no If-Match. */
  ifMatch?: string;
  /** The success status; default 201 for POST, 200 otherwise (204 when `response` is null). */
  status?: 200 | 201 | 202 | 204;
}

/** A read route: GET `path`, every role of the tenant by default. */
export function Read(path: string, doc: RouteDoc): MethodDecorator {
  return applyDecorators(
    Get(path),
    ...common(doc, RoleGroups.tenantReaders),
    response(200, doc.response),
    SetMetadata(ROUTE_CONTRACT, { response: doc.response, idempotent: false } satisfies RouteContract),
  );
}

/** A change route: the tenant's keepers by default; If-Match when `ifMatch`; Idempotency-Key on POST. */
export function Change(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, doc: ChangeDoc): MethodDecorator {
  const status = doc.response === null ? 204 : (doc.status ?? (method === 'POST' ? 201 : 200));
  const route = { POST: Post, PUT: Put, PATCH: Patch, DELETE: Delete }[method];
  return applyDecorators(
    route(path),
    HttpCode(status),
    ...common(doc, RoleGroups.tenantKeepers),
    ...(doc.body ? [ApiBody({ schema: openApiSchema(doc.body) })] : []),
    response(status, doc.response),
    ...(doc.ifMatch
      ? [ApiHeader({ name: 'If-Match', required: false, description: `ETag of ${doc.ifMatch}: 409 problem when it changed since` })]
      : []),
    ...(method === 'POST'
      ? [
          ApiHeader({
            name: 'Idempotency-Key',
            required: false,
            description: 'Retrying with the same key and body returns the first answer and records nothing new; the same key with another body: 422.',
          }),
        ]
      : []),
    SetMetadata(ROUTE_CONTRACT, { response: doc.response, idempotent: method === 'POST' } satisfies RouteContract),
  );
}

export interface FileRouteDoc extends Omit<RouteDoc, 'response'> {
  /** The media types of the file answered (or uploaded). */
  mediaTypes: string[];
}

/**
 * A read route answering a file (a PDF, a DOCX, an iCalendar feed): documented as binary content of its
 * media types; the handler sends the bytes itself (`sendFile`). Every role of the tenant by default.
 */
export function ReadFile(path: string, doc: FileRouteDoc): MethodDecorator {
  const content = Object.fromEntries(doc.mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
  return applyDecorators(Get(path), ...common(doc, RoleGroups.tenantReaders), ApiProduces(...doc.mediaTypes), ApiResponse({ status: 200, description: 'The file.', content }));
}

/**
 * A PUT route taking a file as its body (any media type, read as bytes up to the host's file limit) and
 * answering JSON (`response`); the tenant's keepers by default.
 */
export function UploadFile(path: string, doc: FileRouteDoc & { response: z.ZodType }): MethodDecorator {
  return applyDecorators(
    Put(path),
    HttpCode(200),
    ...common(doc, RoleGroups.tenantKeepers),
    ApiConsumes(...doc.mediaTypes),
    ApiBody({ description: 'The file\'s bytes.', schema: { type: 'string', format: 'binary' } }),
    response(200, doc.response),
    SetMetadata(ROUTE_CONTRACT, { response: doc.response, idempotent: false } satisfies RouteContract),
  );
}

/** Sends a file: its media type, a download name (RFC 6266, UTF-8), and no caching by shared caches. */
export function sendFile(reply: FastifyReply, file: { fileName: string; mediaType: string; content: Buffer | string }, disposition: 'attachment' | 'inline' = 'attachment'): FastifyReply {
  const ascii = file.fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

function common(doc: Omit<RouteDoc, 'response'>, defaultRoles: readonly Role[]): MethodDecorator[] {
  const access = doc.roles ?? defaultRoles;
  return [
    access === 'public' ? Public() : access === 'authenticated' ? Authenticated() : Roles(...access),
    ApiOperation({ operationId: doc.operationId, summary: doc.summary, ...(doc.description ? { description: doc.description } : {}) }),
    ...queryParameters(doc.query),
    ...(doc.problems ? [ApiExtension('x-problems', doc.problems)] : []),
  ];
}

function response(status: number, schema: z.ZodType | null): MethodDecorator {
  if (schema === null) return ApiResponse({ status, description: 'Done; no content.' });
  return ApiResponse({ status, description: 'Success.', schema: openApiSchema(schema, 'output') });
}

function queryParameters(query: z.ZodObject | undefined): MethodDecorator[] {
  if (!query) return [];
  const schema = openApiSchema(query) as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    ApiQuery({
      name,
      required: (schema.required ?? []).includes(name),
      schema: property,
      ...(typeof property.description === 'string' ? { description: property.description } : {}),
      ...(property.example === undefined ? {} : { example: property.example }),
    }),
  );
}
