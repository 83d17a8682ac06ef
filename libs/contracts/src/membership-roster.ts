// Who sat on a committee on a date, read from the membership context's published events (their data as
// membership-events.ts defines it): the fold other contexts use (meetings invite the roster in force on a
// meeting's date; budget asks who was chair on a spending's date) without reading membership's tables.
// Pure: seats as spans of business dates, kept whatever order the events were recorded in; and which
// login account each person acts as (meetings: a member asks for an absence for themselves only).
import type { LocalDate } from '@bcd/calendar';
import type { z } from 'zod';
import type { MemberRole } from './membership-events.js';
import { MEMBERSHIP_EVENT_DATA } from './membership-events.js';

/** One member holding one role for an agency, from a date until another (exclusive; null: still). */
export interface SeatSpan {
  committeeId: string;
  memberId: string;
  personId: string;
  agencyId: string;
  role: MemberRole;
  from: LocalDate;
  until: LocalDate | null;
}

/** The committees' seats so far, when each committee ended (dissolved), and the people's login accounts. */
export interface RosterHistory {
  seats: readonly SeatSpan[];
  dissolved: Readonly<Record<string, LocalDate>>;
  /** personId → the user id of the login account the person acts as (PersonAccountLinked; unlinked and erased people are absent). */
  accounts: Readonly<Record<string, string>>;
}

export const emptyRoster = (): RosterHistory => ({ seats: [], dissolved: {}, accounts: {} });

type Data<K extends keyof typeof MEMBERSHIP_EVENT_DATA> = z.infer<(typeof MEMBERSHIP_EVENT_DATA)[K]>;

/** The history after one membership event (`type` without its namespace); other types leave it as it was. */
export function evolveRoster(history: RosterHistory, type: string, data: unknown): RosterHistory {
  switch (type) {
    case 'MemberAppointed': {
      const a = data as Data<'MemberAppointed'>;
      if (history.seats.some((s) => s.memberId === a.memberId)) return history;
      const seat: SeatSpan = { committeeId: a.committeeId, memberId: a.memberId, personId: a.personId, agencyId: a.agencyId, role: a.role, from: a.effectiveOn as LocalDate, until: null };
      return { ...history, seats: [...history.seats, seat] };
    }
    case 'MemberRoleChanged': {
      const c = data as Data<'MemberRoleChanged'>;
      const current = openSeat(history, c.memberId);
      if (!current) return history;
      const on = c.effectiveOn as LocalDate;
      return { ...history, seats: [...close(history.seats, current, on), { ...current, role: c.role, from: on, until: null }] };
    }
    case 'MemberDismissed': {
      const m = data as Data<'MemberDismissed'>;
      const current = openSeat(history, m.memberId);
      return current ? { ...history, seats: close(history.seats, current, m.effectiveOn as LocalDate) } : history;
    }
    case 'CommitteeDissolved': {
      const c = data as Data<'CommitteeDissolved'>;
      return { ...history, dissolved: { ...history.dissolved, [c.committeeId]: c.effectiveOn as LocalDate } };
    }
    case 'PersonAccountLinked': {
      const { personId, userId } = data as Data<'PersonAccountLinked'>;
      return userId === null ? unlink(history, personId) : history.accounts[personId] === userId ? history : { ...history, accounts: { ...history.accounts, [personId]: userId } };
    }
    case 'PersonErased':
      // an erasure ends the link too: nothing ties the erased person's history to a login any more
      return unlink(history, (data as Data<'PersonErased'>).personId);
    default:
      return history;
  }
}

/** The seats held on `date` (of one committee when given), in the order they were recorded. */
export function rosterOn(history: RosterHistory, date: LocalDate, committeeId?: string): SeatSpan[] {
  return history.seats.filter((s) => {
    if (committeeId !== undefined && s.committeeId !== committeeId) return false;
    const dissolvedOn = history.dissolved[s.committeeId];
    if (dissolvedOn !== undefined && dissolvedOn <= date) return false;
    return s.from <= date && (s.until === null || s.until > date);
  });
}

/** The people (ids, in the order they were first linked) whose login account is `userId`. */
export function peopleOfUser(history: RosterHistory, userId: string): string[] {
  return Object.entries(history.accounts)
    .filter(([, linked]) => linked === userId)
    .map(([personId]) => personId);
}

function unlink(history: RosterHistory, personId: string): RosterHistory {
  if (!(personId in history.accounts)) return history;
  const { [personId]: _gone, ...accounts } = history.accounts;
  return { ...history, accounts };
}

function openSeat(history: RosterHistory, memberId: string): SeatSpan | undefined {
  return history.seats.find((s) => s.memberId === memberId && s.until === null);
}

function close(seats: readonly SeatSpan[], seat: SeatSpan, on: LocalDate): SeatSpan[] {
  return seats.map((s) => (s === seat ? { ...s, until: on } : s));
}

/**
 * The roster on a date, as any context asks for it (the host serves it by folding the membership events,
 * libs/service-host `EventLogRosters`): the seats held that day, of one committee when given.
 */
export interface Rosters {
  rosterOn(tenantId: string, date: LocalDate, committeeId?: string): Promise<SeatSpan[]>;
  /** The people of the tenant whose login account is `userId` (none: the user is no person of the tenant's committee). */
  peopleOfUser(tenantId: string, userId: string): Promise<string[]>;
}

/** DI token (a plain symbol: this lib imports no framework). */
export const ROSTERS = Symbol.for('bcd.Rosters');
