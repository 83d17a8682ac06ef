// Seats pending replacement after a long-absence notice (Thanh Hóa 2014 Điều 2.4; RULES.md §1), read from the
// membership context's published events. The contracts' roster fold keeps seats, not notices, so this part keeps
// them: the member's agency notified the chair in writing (LongAbsenceNotified) and the seat is pending from the
// notice until a replacement is appointed to it (MemberAppointed naming it in `replaces`), the member is back
// (LongAbsenceEnded) or the seat ends otherwise (MemberDismissed for another reason, the committee dissolved). The
// regulation sets no deadline and does not call the seat vacant meanwhile: "pending" is all it is. Days pending are
// counted from the day after the notice (Bộ luật Dân sự 2015 Điều 147 khoản 2). Pure.
import { LocalDate } from '@bcd/calendar';
import { MEMBERSHIP_EVENT_DATA, type AbsenceReason } from '@bcd/contracts';
import type { z } from 'zod';

type Data<K extends keyof typeof MEMBERSHIP_EVENT_DATA> = z.infer<(typeof MEMBERSHIP_EVENT_DATA)[K]>;

/** How a seat stopped pending: a replacement appointed, the member back, or the seat ended without a replacement. */
export type PendingEnd = 'replaced' | 'returned' | 'seat-ended';

/** One long-absence notice and how it ended. */
export interface LongAbsenceRecord {
  committeeId: string;
  memberId: string;
  reason: AbsenceReason;
  notifiedOn: LocalDate;
  noticeReference: string;
  /** The day the (last) replacement was proposed; null: none yet. */
  proposedOn: LocalDate | null;
  /** The first day the seat was no longer pending, and why; null: still pending. */
  resolved: { on: LocalDate; by: PendingEnd; replacedBy: string | null } | null;
}

/** Every notice, in the order folded. */
export type SeatsPendingState = readonly LongAbsenceRecord[];

export const emptySeatsPending = (): SeatsPendingState => [];

/** The notices after one membership event (`type` without its namespace, data accepted by its contract). */
export function evolveSeatsPending(state: SeatsPendingState, type: string, data: unknown): SeatsPendingState {
  switch (type) {
    case 'LongAbsenceNotified': {
      const d = data as Data<'LongAbsenceNotified'>;
      if (openNotice(state, d.memberId)) return state;
      const notice: LongAbsenceRecord = {
        committeeId: d.committeeId,
        memberId: d.memberId,
        reason: d.reason,
        notifiedOn: d.notifiedOn as LocalDate,
        noticeReference: d.noticeReference,
        proposedOn: null,
        resolved: null,
      };
      return [...state, notice];
    }
    case 'ReplacementProposed': {
      const d = data as Data<'ReplacementProposed'>;
      return change(state, (r) => r.memberId === d.memberId, (r) => ({ ...r, proposedOn: d.proposedOn as LocalDate }));
    }
    case 'LongAbsenceEnded': {
      const d = data as Data<'LongAbsenceEnded'>;
      return resolve(state, (r) => r.memberId === d.memberId, { on: d.endedOn as LocalDate, by: 'returned', replacedBy: null });
    }
    case 'MemberAppointed': {
      const d = data as Data<'MemberAppointed'>;
      if (d.replaces === null) return state;
      const replaced = d.replaces;
      return resolve(state, (r) => r.memberId === replaced, { on: d.effectiveOn as LocalDate, by: 'replaced', replacedBy: d.memberId });
    }
    case 'MemberDismissed': {
      const d = data as Data<'MemberDismissed'>;
      // A replacement's dismissal comes with the appointment naming the seat: that one says by whom.
      if (d.reason === 'replaced') return state;
      return resolve(state, (r) => r.memberId === d.memberId, { on: d.effectiveOn as LocalDate, by: 'seat-ended', replacedBy: null });
    }
    case 'CommitteeDissolved': {
      const d = data as Data<'CommitteeDissolved'>;
      return resolve(state, (r) => r.committeeId === d.committeeId, { on: d.effectiveOn as LocalDate, by: 'seat-ended', replacedBy: null });
    }
    default:
      return state;
  }
}


/** Whether the seat was pending on `date`: notified by then and not yet resolved. */
export function pendingOn(record: LongAbsenceRecord, date: LocalDate): boolean {
  return record.notifiedOn <= date && (record.resolved === null || record.resolved.on > date);
}

/** Days pending by the end of `date`, or until it was resolved if that came first: from the day after the notice. */
export function daysPending(record: LongAbsenceRecord, date: LocalDate): number {
  const until = record.resolved !== null && record.resolved.on <= date ? record.resolved.on : date;
  return LocalDate.daysBetween(record.notifiedOn, until);
}

const openNotice = (state: SeatsPendingState, memberId: string): LongAbsenceRecord | undefined => state.find((r) => r.memberId === memberId && r.resolved === null);

/** Changes the open notices matching `which`; the others (and resolved ones) stay as they were. */
function change(state: SeatsPendingState, which: (r: LongAbsenceRecord) => boolean, update: (r: LongAbsenceRecord) => LongAbsenceRecord): SeatsPendingState {
  if (!state.some((r) => r.resolved === null && which(r))) return state;
  return state.map((r) => (r.resolved === null && which(r) ? update(r) : r));
}

function resolve(state: SeatsPendingState, which: (r: LongAbsenceRecord) => boolean, resolved: NonNullable<LongAbsenceRecord['resolved']>): SeatsPendingState {
  return change(state, which, (r) => ({ ...r, resolved }));
}
