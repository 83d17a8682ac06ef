// Who counts as whom under a regulation, for every context that checks a role against a rule (meetings,
// reporting, budget). Pure.
import type { Role, RulePack } from './rule-pack.schema.js';

/**
 * Whether a member holding `held` counts as `named` in the regulation: the same role; a standing vice
 * chair is a vice chair ("gọi chung là Phó Trưởng ban", Bình Định 2021 Điều 4.3); where the standing
 * member is the secretary (Thanh Hóa 2018 Điều 5), the standing member is.
 */
export function holdsRole(pack: RulePack, held: string, named: Role): boolean {
  if (held === named) return true;
  if (named === 'vice-chair' && held === 'standing-vice-chair') return true;
  return named === 'secretary' && held === 'standing-member' && pack.composition.secretary.kind === 'held-by-standing-member';
}
