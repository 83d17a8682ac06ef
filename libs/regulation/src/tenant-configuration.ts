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

/** A reading a rule states and a province may change (RULES.md §7): how a due date or a lead time is counted. */
export interface Interpretation {
  /** Where the reading is, e.g. `reporting.memberReports.due.deadlines.0.due.onDayOff`. */
  path: string;
  value: string;
  /** The readings a province may choose from. */
  options: readonly string[];
}

const READINGS: Record<string, readonly string[]> = {
  reading: ['before', 'no-later-than'],
  onDayOff: ['next-working-day', 'literal'],
  counting: ['exclude-send-day-and-meeting-day', 'send-day-counts'],
};

/** Every reading of the pack a province may change: of each due rule and of a working-day lead time. */
export function interpretations(pack: RulePack): Interpretation[] {
  const found: Interpretation[] = [];
  const at = (path: string, node: Record<string, unknown>, key: string) => {
    if (typeof node[key] === 'string') found.push({ path: `${path}.${key}`, value: node[key] as string, options: READINGS[key] });
  };
  const reports = [
    ['reporting.memberReports.due', pack.reporting.memberReports.due] as const,
    ...pack.reporting.activityReports.map((r, i) => [`reporting.activityReports.${i}.due`, r.due] as const),
  ];
  for (const [path, due] of reports) {
    if (due.kind !== 'fixed') continue;
    due.deadlines.forEach((deadline, i) => {
      at(`${path}.deadlines.${i}.due`, deadline.due, 'reading');
      at(`${path}.deadlines.${i}.due`, deadline.due, 'onDayOff');
    });
  }
  const lead = pack.meetings.documentLeadTime;
  if (lead.kind === 'working-days') at('meetings.documentLeadTime', lead, 'counting');
  return found;
}

/**
 * Fills tenant-decides slots with the tenant's rules, given by path:
 * `configurePack(phuTho2022, { 'reporting.memberReports.due': { kind: 'fixed', deadlines: [...], citation } })`.
 * The tenant's rule cites the tenant's own act (e.g. the committee's plan). A path may also name a
 * reading the province changes (`interpretations`), of the pack or of a rule configured with it:
 * `{ 'reporting.memberReports.due.deadlines.0.due.onDayOff': 'literal' }`. Refuses, with full field
 * paths, a path that is neither or a value that is not a valid rule. Returns a new pack; the given one
 * is left as it was.
 */
export function configurePack(pack: RulePack, settings: Readonly<Record<string, unknown>>): RulePack {
  const open = new Set(tenantDecisions(pack).map((d) => d.path));
  const copy = structuredClone(pack) as unknown as Record<string, unknown>;
  const slots = Object.entries(settings).filter(([path]) => open.has(path));
  for (const [path, value] of slots) setAt(copy, path.split('.'), value);
  const filled = parse(copy);
  const readings = new Set(interpretations(filled).map((i) => i.path));
  const rest = Object.entries(settings).filter(([path]) => !open.has(path));
  const unknown = rest.filter(([path]) => !readings.has(path));
  if (unknown.length > 0) {
    throw new ValidationFailed(
      unknown.map(([path]) => ({ path, message: 'is neither a rule the tenant decides nor a reading a province may change in this pack' })),
    );
  }
  if (rest.length === 0) return filled;
  const read = structuredClone(filled) as unknown as Record<string, unknown>;
  for (const [path, value] of rest) setAt(read, path.split('.'), value);
  return parse(read);
}

function parse(json: Record<string, unknown>): RulePack {
  const result = RulePackSchema.safeParse(json);
  if (!result.success) throw new ValidationFailed(fieldErrors(result.error.issues));
  return result.data;
}

function setAt(root: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}
