// Optimistic concurrency over HTTP: an answer carries its resource's version as a strong ETag ("3");
// a change sends it back as If-Match and is refused with 409 when the resource moved on meanwhile.
// Without If-Match (or with `*`) a change applies to the current state.
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ValidationFailed } from '@bcd/kernel';

/** `"3"` for version 3. */
export function etag(version: number): string {
  return `"${version}"`;
}

/** Sets the ETag of the answer and returns the body. */
export function withEtag<T>(reply: FastifyReply, version: number, body: T): T {
  reply.header('etag', etag(version));
  return body;
}

/** The version an If-Match header names; undefined without one (or `*`); 400 when it is no ETag of ours. */
export function ifMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header[0] : header).trim();
  if (value === '*') return undefined;
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(value) ?? /^(\d{1,9})$/.exec(value);
  if (!match) throw new ValidationFailed([{ path: 'If-Match', message: 'must be an entity tag from an ETag header, e.g. "3"' }]);
  return Number(match[1]);
}

/** The handler parameter holding the If-Match version: `@IfMatch() expected: number | undefined`. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext): number | undefined =>
  ifMatch(context.switchToHttp().getRequest<FastifyRequest>().headers['if-match']),
);
