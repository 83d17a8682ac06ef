// What the deciders of this context share: decisions (numbered acts), business dates, and the facts
// the application reads elsewhere and hands in with a command (the regulation in force, an agency's
// name on a date, whether a person was erased). Pure: no clock, no I/O.
import { LocalDate, vietnamDateOf } from '@bcd/calendar';
import type { RulePack } from '@bcd/regulation';
import { refuse, Rules } from './rules.js';

/** A numbered legal act (Quyết định): appointments, re-establishments, renames, merges. */
export interface Decision {
  /** e.g. `1832/QĐ-UBND`. */
  number: string;
  /** The signing date. */
  date: LocalDate;
}

/** The regulation in force on the date of a fact, and until when it stays in force (exclusive; null: still). */
export interface RegulationInForce {
  pack: RulePack;
  decisionNumber: string | null;
  effectiveFrom: LocalDate;
  until: LocalDate | null;
}

/** How events name the regulation a committee was established under. */
export interface RegulationRef {
  packId: string;
  decisionNumber: string | null;
  effectiveFrom: LocalDate;
}

export function regulationRef(regulation: RegulationInForce): RegulationRef {
  return { packId: regulation.pack.id, decisionNumber: regulation.decisionNumber, effectiveFrom: regulation.effectiveFrom };
}

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

/** The date `months` months after `date`; a day past the target month's end becomes its last day. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const total = LocalDate.year(date) * 12 + (LocalDate.month(date) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = LocalDate.endOfMonth(year, month);
  return LocalDate.of(year, month, Math.min(LocalDate.day(date), LocalDate.day(last)));
}

/** Names compare without regard to case, spacing or Unicode composition (`Sở Tài chính` = `sở tài  chính`). */
export function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}

export function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
}
