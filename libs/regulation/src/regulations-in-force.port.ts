import type { LocalDate } from '@bcd/calendar';
import type { Adoption } from './regulation-in-force.js';

/**
 * How a context learns which regulation governs a tenant's fact on a date, without depending on
 * the context that records adoptions (contexts talk through events and shared libs only). The
 * host provides it under REGULATIONS_IN_FORCE; `undefined` means no regulation was in force then,
 * which callers turn into a clear refusal, never a default.
 */
export interface RegulationsInForce {
  inForce(tenantId: string, date: LocalDate): Promise<Adoption | undefined>;
  /** Every adoption of the tenant, in effective order (for schedules that span several). */
  adoptions(tenantId: string): Promise<readonly Adoption[]>;
}

/** DI token (a plain symbol: this lib is pure and imports no framework). */
export const REGULATIONS_IN_FORCE = Symbol.for('bcd.RegulationsInForce');
