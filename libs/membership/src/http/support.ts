// What every membership controller shares: who may read and who may change, ETag / If-Match, and the
// OpenAPI description of a command route.
import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiQuery } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { ValidationFailed } from '@bcd/kernel';
import { Roles, type Role } from '@bcd/auth';
import { IdempotencyInterceptor } from '../application/idempotency.js';
import { openApiSchema } from './schemas.js';

/** Everyone in the tenant reads the membership (and the platform roles). */
export const MEMBERSHIP_READERS: Role[] = ['platform_admin', 'platform_auditor', 'tenant_admin', 'secretariat', 'member', 'auditor', 'viewer'];
/** Who changes it: the tenant's admins and the secretariat (the standing agency's staff), and platform admins. */
export const MEMBERSHIP_KEEPERS: Role[] = ['platform_admin', 'tenant_admin', 'secretariat'];

/** A read route, with `?asOf=YYYY-MM-DD` when the answer depends on a date. */
export const Read = (summary: string, options: { asOf?: boolean } = {}) =>
  applyDecorators(
    Roles(...MEMBERSHIP_READERS),
    ApiOperation({ summary }),
    ...(options.asOf
      ? [ApiQuery({ name: 'asOf', required: false, type: String, example: '2015-01-01', description: 'a business date, YYYY-MM-DD (default: today in Vietnam)' })]
      : []),
  );

/**
 * A command route: keepers only; its body schema in the OpenAPI document; `If-Match` (the ETag of
 * `ifMatch`, optional: without it the change applies to the current state) and, on POST,
 * `Idempotency-Key` (same key and body: the same answer, no second event; same key, other body: 422).
 */
export const Change = (summary: string, body: z.ZodType, options: { ifMatch?: string; post?: boolean } = {}) =>
  applyDecorators(
    Roles(...MEMBERSHIP_KEEPERS),
    ApiOperation({ summary }),
    ApiBody({ schema: openApiSchema(body) }),
    ...(options.ifMatch
      ? [ApiHeader({ name: 'If-Match', required: false, description: `ETag of ${options.ifMatch}: 409 problem when it changed since` })]
      : []),
    ...(options.post === false
      ? []
      : [ApiHeader({ name: 'Idempotency-Key', required: false, description: 'retrying with the same key and body returns the first answer and records nothing new; another body: 422' })]),
  );

/** Applies Idempotency-Key to a controller's POST routes. */
export const Idempotent = () => UseInterceptors(IdempotencyInterceptor);

/** `"3"` for revision/version 3. */
export function etag(version: number): string {
  return `"${version}"`;
}

export function withEtag<T>(reply: FastifyReply, version: number, body: T): T {
  reply.header('etag', etag(version));
  return body;
}

/** The version an If-Match header names; undefined without one (or `*`). */
export function ifMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header[0] : header).trim();
  if (value === '*') return undefined;
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(value) ?? /^(\d{1,9})$/.exec(value);
  if (!match) throw new ValidationFailed([{ path: 'If-Match', message: 'must be an entity tag from an ETag header, e.g. "3"' }]);
  return Number(match[1]);
}
