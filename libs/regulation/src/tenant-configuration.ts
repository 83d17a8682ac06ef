// Where a regulation leaves a rule to the committee (`{ kind: 'tenant-decides' }`), the tenant supplies
// it before anything depending on it is generated: configurePack returns the completed pack.

import { ValidationFailed } from '@bcd/kernel';
import { fieldErrors } from './parse-rule-pack.js';
import { type Citation, type RulePack, RulePackSchema } from './rule-pack.schema.js';

export interface TenantDecision {
  /** Where the slot is, e.g. `reporting.memberReports.due`. */
  path: string;
  citation: Citation;
  note?: string;
}

/** Every rule of the pack the tenant still has to decide, in document order. */
export function tenantDecisions(pack: RulePack): TenantDecision[] {
  const found: TenantDecision[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.kind === 'tenant-decides') {
      const { citation, note } = record as { citation: Citation; note?: string };
      found.push({ path: path.join('.'), citation, ...(note === undefined ? {} : { note }) });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
  };
  walk(pack, []);
  return found;
}

/** True when the tenant has nothing left to decide. */
export function isComplete(pack: RulePack): boolean {
  return tenantDecisions(pack).length === 0;
}

/**
 * Fills tenant-decides slots with the tenant's rules, given by path:
 * `configurePack(phuTho2022, { 'reporting.memberReports.due': { kind: 'fixed', deadlines: [...], citation } })`.
 * The tenant's rule cites the tenant's own act (e.g. the committee's plan). Refuses, with full field
 * paths, a path that is not a tenant-decides slot of this pack or a value that is not a valid rule.
 * Returns a new pack; the given one is left as it was.
 */
export function configurePack(pack: RulePack, settings: Readonly<Record<string, unknown>>): RulePack {
  const open = new Set(tenantDecisions(pack).map((d) => d.path));
  const unknown = Object.keys(settings).filter((path) => !open.has(path));
  if (unknown.length > 0) {
    throw new ValidationFailed(
      unknown.map((path) => ({ path, message: 'is not a rule the tenant decides in this pack' })),
    );
  }
  const copy = structuredClone(pack) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(settings)) setAt(copy, path.split('.'), value);
  const result = RulePackSchema.safeParse(copy);
  if (!result.success) throw new ValidationFailed(fieldErrors(result.error.issues));
  return result.data;
}

function setAt(root: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}
