// What the deciders of this context share: the facts the application reads elsewhere and hands in with
// a command (the regulation in force on the date of the fact and its span, an agency's name on a date,
// whether a person was erased), and the checks of those facts that every aggregate makes the same way.
// Decisions are @bcd/regulation's. Pure: no clock, no I/O.
import { vietnamDateOf, type LocalDate } from '@bcd/calendar';
import type { Decision, RegulationSpan } from '@bcd/regulation';
import { refuse, Rules } from './rules.js';

/** How events name a regulation in force: the span's adoption (one rule for every context). */
export { spanRef as regulationRef } from '@bcd/regulation';

/** An agency as the application found it in the agency register, on the date of the fact. */
export interface AgencyFacts {
  agencyId: string;
  /** Its name in force on that date. */
  name: string;
  /** When it was merged into another agency, if it was (on any date). */
  mergedOn: LocalDate | null;
  /** The agency it is part of on that date, after following merges (itself when not merged). */
  successorId: string;
}

/** A person as the person stream says: registered, or erased at a data subject's request. */
export interface PersonFacts {
  personId: string;
  status: 'registered' | 'erased';
}

/** The decision is a signed act: not dated after today (Vietnam). */
export function checkDecision(decision: Decision, now: Date): void {
  if (decision.date > vietnamDateOf(now)) {
    throw refuse(Rules.decisionInFuture, `Decision ${decision.number} is dated ${decision.date}, after today: record a decision once it is signed.`);
  }
}

export function checkNotErased(person: PersonFacts): void {
  if (person.status === 'erased') {
    throw refuse(Rules.personErased, `Person ${person.personId} was erased at their request: they cannot be appointed, proposed or added again.`);
  }
}

/** A merged agency names nobody new from its merge on: its successor does. */
export function checkAgencyActive(agency: AgencyFacts, date: LocalDate): void {
  if (agency.mergedOn !== null && agency.mergedOn <= date) {
    throw refuse(Rules.agencyMerged, `Agency ${agency.agencyId} was merged with effect from ${agency.mergedOn}: name the agency it became part of.`);
  }
}

/** The regulation in force on `date`; none: refused, never judged by a default. */
export function inForce(regulation: RegulationSpan | undefined, date: LocalDate): RegulationSpan {
  if (!regulation) {
    throw refuse(Rules.noRegulationInForce, `No regulation (Quy chế) of this province was in force on ${date}: adopt it before recording changes judged by it.`);
  }
  return regulation;
}

/** Names compare without regard to case, spacing or Unicode composition: one rule for every context. */
export { normalizeName, sameName } from '@bcd/regulation';
