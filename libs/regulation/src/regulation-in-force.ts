// Compliance is judged against the regulation in force on the date of the fact, never today's
// (RULES.md, "Note Thanh Hóa"). A tenant adopts regulations over time; each adoption records the pack,
// the decision, when it takes effect and which earlier one it supersedes.

import { LocalDate } from '@bcd/calendar';
import { type FieldError, ValidationFailed } from '@bcd/kernel';
import type { RulePack } from './rule-pack.schema.js';

export interface Adoption {
  pack: RulePack;
  /** The decision issuing the regulation, e.g. `4095/QĐ-BCĐ`; null when its number is blank. */
  decisionNumber: string | null;
  signedOn: LocalDate | null;
  /** The first day the regulation is in force (the signing date for "có hiệu lực kể từ ngày ký"). */
  effectiveFrom: LocalDate;
  /** The decision number of the adoption this one replaces, if any. */
  supersedes: string | null;
}

/**
 * The regulation in force on `date`: of the adoptions already effective, the one that took effect last
 * (a later regulation replaces the earlier one from its effective date, whether or not it says so).
 * Ties on the effective date go to the later signing date, then to the later in the list.
 * Undefined when none is in force yet: the caller decides what that means (the HTTP layer answers 404).
 */
export function regulationInForce(adoptions: readonly Adoption[], date: LocalDate): Adoption | undefined {
  let inForce: Adoption | undefined;
  for (const adoption of adoptions) {
    if (adoption.effectiveFrom > date) continue;
    if (
      inForce === undefined ||
      adoption.effectiveFrom > inForce.effectiveFrom ||
      (adoption.effectiveFrom === inForce.effectiveFrom && (adoption.signedOn ?? '') >= (inForce.signedOn ?? ''))
    ) {
      inForce = adoption;
    }
  }
  return inForce;
}

/**
 * An adoption of a pack as its own decision states it: effective from the signing date. When the pack
 * does not know that date (Bình Định 2021) or takes effect later, give `effectiveFrom`.
 */
export function adoptionOf(
  pack: RulePack,
  options: { effectiveFrom?: LocalDate; supersedes?: string | null; decisionNumber?: string | null; signedOn?: LocalDate | null } = {},
): Adoption {
  const signedOn = options.signedOn !== undefined ? options.signedOn : pack.decision.signedOn;
  const effectiveFrom = options.effectiveFrom ?? (pack.decision.effectiveOnSigning ? signedOn : null);
  if (effectiveFrom === null) {
    throw new ValidationFailed([
      { path: 'effectiveFrom', message: `is required: the signing date of ${pack.id} is not known` },
    ]);
  }
  return {
    pack,
    decisionNumber: options.decisionNumber !== undefined ? options.decisionNumber : pack.decision.number,
    signedOn,
    effectiveFrom,
    supersedes: options.supersedes ?? null,
  };
}

/**
 * Checks a tenant's list of adoptions: no two take effect on the same day, a regulation does not take
 * effect before it is signed, and `supersedes` names an earlier adoption.
 */
export function checkAdoptions(adoptions: readonly Adoption[]): void {
  const errors: FieldError[] = [];
  adoptions.forEach((adoption, i) => {
    if (adoptions.some((other, j) => j < i && other.effectiveFrom === adoption.effectiveFrom)) {
      errors.push({ path: `${i}.effectiveFrom`, message: 'is the effective date of another adoption' });
    }
    if (adoption.signedOn !== null && adoption.effectiveFrom < adoption.signedOn) {
      errors.push({ path: `${i}.effectiveFrom`, message: 'is before the decision was signed' });
    }
    if (adoption.supersedes !== null) {
      const earlier = adoptions.find((other) => other.decisionNumber === adoption.supersedes || other.pack.id === adoption.supersedes);
      if (!earlier || earlier.effectiveFrom >= adoption.effectiveFrom) {
        errors.push({ path: `${i}.supersedes`, message: 'must name an adoption that took effect earlier' });
      }
    }
  });
  if (errors.length > 0) throw new ValidationFailed(errors);
}
