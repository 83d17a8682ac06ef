// Required meetings (RULES.md §6 KPI 1, 9): per period, the meetings the regulation in force required —
// the rulebook's schedule (`RequiredMeeting`, Thanh Hóa 2014's standing board included) — and whether one of
// that kind, for that period, was held inside its window.
import type { LocalDate } from '@bcd/calendar';
import type { RequiredMeeting } from '@bcd/regulation';
import type { MeetingKind } from '@bcd/contracts';

/** A meeting as held: its kind, the period it was scheduled to fulfil, the day it was held. */
export interface HeldMeeting {
  meetingId: string;
  kind: MeetingKind;
  period: string | null;
  heldOn: LocalDate;
}

export type RequiredMeetingStatus =
  /** Held inside the window. */
  | 'held-in-window'
  /** Held for the period, but outside its window (Kiên Giang 2008: days 20–30 of the quarter's last month). */
  | 'held-outside-window'
  /** The window is still open on `asOf`, and nothing was held yet. */
  | 'pending'
  /** The window closed with no meeting held for the period. */
  | 'missed';

export interface RequiredMeetingOutcome extends RequiredMeeting {
  status: RequiredMeetingStatus;
  /** The meeting that fulfilled it (the first held in the window, else the first held for the period). */
  meetingId: string | null;
  heldOn: LocalDate | null;
}

export function requiredMeetingsStatus(required: readonly RequiredMeeting[], held: readonly HeldMeeting[], asOf: LocalDate): RequiredMeetingOutcome[] {
  return required.map((r) => {
    const forPeriod = held.filter((m) => m.kind === r.kind && m.period === r.period).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
    const inWindow = forPeriod.find((m) => m.heldOn >= r.windowStart && m.heldOn <= r.windowEnd);
    const chosen = inWindow ?? forPeriod[0];
    const status: RequiredMeetingStatus = inWindow ? 'held-in-window' : chosen ? 'held-outside-window' : asOf <= r.windowEnd ? 'pending' : 'missed';
    return { ...r, status, meetingId: chosen?.meetingId ?? null, heldOn: chosen?.heldOn ?? null };
  });
}
