// What other contexts may ask the membership context about people and agencies that its events do not
// carry: a person's name lives only in membership's personal-data store (no event holds it), so the
// minutes of a meeting, which print names, read it through this port at the moment they are rendered —
// an erased person prints as erased. The host that runs membership serves it (MembershipModule, global);
// a host without it renders ids instead of names and says so.
import type { LocalDate } from '@bcd/calendar';

export interface DirectoryPerson {
  personId: string;
  /** null: erased under the personal-data rules (README "Personal data"). */
  fullName: string | null;
}

export interface MembershipDirectory {
  /** The people of the tenant among `personIds` (unknown ids are left out). */
  people(tenantId: string, personIds: readonly string[]): Promise<Map<string, DirectoryPerson>>;
  /** The agencies' names on `date` (unknown ids are left out). */
  agencyNames(tenantId: string, agencyIds: readonly string[], date: LocalDate): Promise<Map<string, string>>;
  /**
   * The name on `date` of the tenant's committee (the one with members serving that day; the earliest
   * established when several), e.g. 'Ban Chỉ đạo xây dựng Chính quyền điện tử tỉnh Thanh Hóa'; null: none.
   */
  committeeName(tenantId: string, date: LocalDate): Promise<string | null>;
}

/** DI token (a plain symbol: this lib imports no framework). */
export const MEMBERSHIP_DIRECTORY = Symbol.for('bcd.MembershipDirectory');
