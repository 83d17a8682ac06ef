import { ValidationFailed } from './errors.js';

/** A province's slug, e.g. `thanh-hoa`. Branded so an unchecked string cannot pass for one. */
export type TenantId = string & { readonly __brand: 'TenantId' };

// A DNS label shape (≤ 63 chars, lowercase, hyphen-separated), so it also fits schema names,
// sub-domains and Kafka topic names without escaping.
const TENANT_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_LENGTH = 63;

function problem(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  if (value.length === 0) return 'must not be empty';
  if (value.length > MAX_LENGTH) return `must be at most ${MAX_LENGTH} characters`;
  if (!TENANT_ID.test(value)) {
    return 'must be a lowercase slug: a letter, then letters, digits and single hyphens (e.g. thanh-hoa)';
  }
  return undefined;
}

export const TenantId = {
  MAX_LENGTH,

  /** Checks and brands a tenant id; throws ValidationFailed at `path` (default `tenant`). */
  parse(value: unknown, path = 'tenant'): TenantId {
    const message = problem(value);
    if (message !== undefined) throw new ValidationFailed([{ path, message }]);
    return value as TenantId;
  },

  is(value: unknown): value is TenantId {
    return problem(value) === undefined;
  },
};
