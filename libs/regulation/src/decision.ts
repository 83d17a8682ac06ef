// A numbered legal act (Quyết định) and when it takes effect. Appointments, re-establishments,
// renames and merges are made by decisions; every regulation seeded here takes effect on signing
// ("có hiệu lực kể từ ngày ký"), and so does a decision that names no other date.
import type { LocalDate } from '@bcd/calendar';

export interface Decision {
  /** e.g. `1832/QĐ-UBND`. */
  number: string;
  /** The signing date. */
  date: LocalDate;
}

/** The day a decision's change takes effect: the date it names, else the day it was signed. */
export function effectiveOnOrSigning(decision: Decision, effectiveOn?: LocalDate | null): LocalDate {
  return effectiveOn ?? decision.date;
}
