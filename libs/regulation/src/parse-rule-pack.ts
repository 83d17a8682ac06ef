import { type FieldError, ValidationFailed } from '@bcd/kernel';
import type { z } from 'zod';
import { type RulePack, RulePackSchema } from './rule-pack.schema.js';
import { upcastRulePack } from './upcast-rule-pack.js';

/**
 * Checks a custom rule pack (parsed JSON, or JSON text) and returns it typed, in the current schema
 * version (a pack written for an older one is upcast first). Refuses with kernel
 * ValidationFailed whose errors carry field paths joined by dots, e.g. `meetings.plenary.cadence`.
 */
export function parseRulePack(json: unknown): RulePack {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new ValidationFailed([{ path: '', message: `is not valid JSON: ${(error as Error).message}` }]);
    }
  }
  const result = RulePackSchema.safeParse(upcastRulePack(value));
  if (!result.success) throw new ValidationFailed(fieldErrors(result.error.issues));
  return result.data;
}

/** Zod issues as kernel field errors; `prefix` is put before every path. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): FieldError[] {
  const errors: FieldError[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      // Name the misspelt field itself, not only the object it sits in.
      for (const key of issue.keys) errors.push({ path: join([...path, key]), message: 'is not a field here' });
    } else {
      errors.push({ path: join(path), message: issue.message });
    }
  }
  return errors;
}

function join(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
