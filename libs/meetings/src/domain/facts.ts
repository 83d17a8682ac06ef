// What the rule families of this context share: the regulation in force on the date of the fact (handed
// in with a command), how events name it, and who counts as whom under it. Pure: no clock, no I/O.
import type { LocalDate } from '@bcd/calendar';
import { holdsRole, type RegulationSpan, type Role, type RulePack } from '@bcd/regulation';
import type { MemberRole } from '@bcd/contracts';
import { refuse, Rules } from './rules.js';

/** The regulation in force on the meeting's date; none: refused, never judged by a default. */
export function inForce(regulation: RegulationSpan | undefined, date: LocalDate): RegulationSpan {
  if (!regulation) {
    throw refuse(Rules.noRegulationInForce, `No regulation (Quy chế) of this province was in force on ${date}: adopt it before scheduling meetings judged by it.`);
  }
  return regulation;
}

export { spanRef as regulationRef } from '@bcd/regulation';

/** Whether a member holding `held` counts as `named` in the regulation (`holdsRole` of @bcd/regulation). */
export function holds(pack: RulePack, held: MemberRole, named: Role): boolean {
  return holdsRole(pack, held, named);
}

