// The roster part of a tenant's state: the seats (the contracts' roster fold, libs/contracts membership-roster.ts),
// the decision each seat span rests on, the committees and the agencies with their names over time (events carry
// the names of agencies and committees; never a person's name). Read through MEMBERSHIP_EVENT_DATA. Pure.
import type { LocalDate } from '@bcd/calendar';
import { emptyRoster, evolveRoster, rosterOn, type MemberRole, type MEMBERSHIP_EVENT_DATA, type RosterHistory } from '@bcd/contracts';
import type { Decision } from '@bcd/regulation';
import type { z } from 'zod';

type Data<K extends keyof typeof MEMBERSHIP_EVENT_DATA> = z.infer<(typeof MEMBERSHIP_EVENT_DATA)[K]>;

/** A name from a day on (null: from the start, as registered). */
export interface NameSpan {
  from: LocalDate | null;
  name: string;
}

export interface CommitteeRecord {
  committeeId: string;
  names: NameSpan[];
  decision: Decision;
  establishedOn: LocalDate;
}

export interface AgencyRecord {
  agencyId: string;
  code: string;
  names: NameSpan[];
  /** Merged into another agency from a day on. */
  mergedInto: { agencyId: string; on: LocalDate } | null;
}

export interface RosterState {
  history: RosterHistory;
  /** The decision each seat span starts with, by `<memberId>@<from>`. */
  decisions: Record<string, Decision>;
  committees: Record<string, CommitteeRecord>;
  agencies: Record<string, AgencyRecord>;
}

export const emptyRosterState = (): RosterState => ({ history: emptyRoster(), decisions: {}, committees: {}, agencies: {} });

const spanKey = (memberId: string, from: string) => `${memberId}@${from}`;

/** The roster after one membership event (`type` without its namespace, data accepted by its contract). */
export function evolveRosterState(state: RosterState, type: string, data: unknown): RosterState {
  const history = evolveRoster(state.history, type, data);
  const next = history === state.history ? state : { ...state, history };
  switch (type) {
    case 'MemberAppointed': {
      const a = data as Data<'MemberAppointed'>;
      return { ...next, decisions: { ...next.decisions, [spanKey(a.memberId, a.effectiveOn)]: a.decision } };
    }
    case 'MemberRoleChanged': {
      const c = data as Data<'MemberRoleChanged'>;
      return { ...next, decisions: { ...next.decisions, [spanKey(c.memberId, c.effectiveOn)]: c.decision } };
    }
    case 'CommitteeEstablished': {
      const c = data as Data<'CommitteeEstablished'>;
      if (next.committees[c.committeeId]) return next;
      const committee: CommitteeRecord = { committeeId: c.committeeId, names: [{ from: c.establishedOn, name: c.name }], decision: c.decision, establishedOn: c.establishedOn };
      return { ...next, committees: { ...next.committees, [c.committeeId]: committee } };
    }
    case 'CommitteeRenamed': {
      const c = data as Data<'CommitteeRenamed'>;
      const committee = next.committees[c.committeeId];
      if (!committee) return next;
      return { ...next, committees: { ...next.committees, [c.committeeId]: { ...committee, names: [...committee.names, { from: c.effectiveOn, name: c.name }] } } };
    }
    case 'AgencyRegistered': {
      const a = data as Data<'AgencyRegistered'>;
      if (next.agencies[a.agencyId]) return next;
      return { ...next, agencies: { ...next.agencies, [a.agencyId]: { agencyId: a.agencyId, code: a.code, names: [{ from: null, name: a.name }], mergedInto: null } } };
    }
    case 'AgencyRenamed': {
      const a = data as Data<'AgencyRenamed'>;
      const agency = next.agencies[a.agencyId];
      if (!agency) return next;
      return { ...next, agencies: { ...next.agencies, [a.agencyId]: { ...agency, names: [...agency.names, { from: a.effectiveOn, name: a.name }] } } };
    }
    case 'AgencyMerged': {
      const a = data as Data<'AgencyMerged'>;
      const agency = next.agencies[a.agencyId];
      if (!agency) return next;
      return { ...next, agencies: { ...next.agencies, [a.agencyId]: { ...agency, mergedInto: { agencyId: a.into, on: a.effectiveOn } } } };
    }
    default:
      return next;
  }
}

/** The name in force on `date`: the span that started last by then (the first name before any rename). */
export function nameOn(names: readonly NameSpan[], date: LocalDate): string | null {
  let best: NameSpan | undefined;
  for (const span of names) {
    if (span.from !== null && span.from > date) continue;
    if (best === undefined || (span.from ?? '') >= (best.from ?? '')) best = span;
  }
  return best?.name ?? null;
}

/** Ranks of the roles, for listing a roster chair first. */
const ROLE_ORDER: Record<MemberRole, number> = { chair: 0, 'standing-vice-chair': 1, 'vice-chair': 2, 'standing-member': 3, secretary: 4, member: 5 };

export interface SeatOn {
  committeeId: string;
  committee: string | null;
  memberId: string;
  personId: string;
  role: MemberRole;
  agencyId: string;
  agency: string | null;
  /** The first day of this seat span (appointment or the last role change). */
  since: LocalDate;
  /** The decision the span rests on. */
  decision: Decision | null;
}

/** The seats held on `date`, named as on that day: by committee, chair first, then by seniority. */
export function seatsOn(state: RosterState, date: LocalDate): SeatOn[] {
  return rosterOn(state.history, date)
    .map((seat) => {
      const committee = state.committees[seat.committeeId];
      const agency = state.agencies[seat.agencyId];
      return {
        committeeId: seat.committeeId,
        committee: committee ? nameOn(committee.names, date) : null,
        memberId: seat.memberId,
        personId: seat.personId,
        role: seat.role,
        agencyId: seat.agencyId,
        agency: agency ? nameOn(agency.names, date) : null,
        since: seat.from,
        decision: state.decisions[spanKey(seat.memberId, seat.from)] ?? null,
      };
    })
    .sort((a, b) => a.committeeId.localeCompare(b.committeeId) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.since.localeCompare(b.since) || a.memberId.localeCompare(b.memberId));
}

/** The name of an agency on `date` (null: unknown agency). */
export function agencyNameOn(state: RosterState, agencyId: string, date: LocalDate): string | null {
  const agency = state.agencies[agencyId];
  return agency ? nameOn(agency.names, date) : null;
}
