// A stored sentence template rendered when the trail is read: people by the name the personal-data store holds
// today (an erased person shows as erased), members as the person holding the seat, agencies by their name on the
// event's business date. What the caller could not name shows by id. Pure: the names come in as arguments.
import { isToken, type Part } from './sentence.js';

export interface AuditNames {
  /** personId → full name; null: erased. A person absent from the map is unknown here (shown by id). */
  people: ReadonlyMap<string, string | null>;
  /** agencyId → its name on the event's business date. */
  agencies: ReadonlyMap<string, string>;
  /** memberId → the person holding that seat. */
  seats: ReadonlyMap<string, string>;
}

/** How an erased person shows (the history stays, the name is gone). */
export const ERASED_PERSON = '(người đã bị xóa dữ liệu cá nhân)';

export const NO_NAMES: AuditNames = { people: new Map(), agencies: new Map(), seats: new Map() };

export function renderSentence(parts: readonly Part[], names: AuditNames): string {
  const text = parts
    .map((part) => {
      if (!isToken(part)) return part;
      if ('person' in part) return personName(part.person, names);
      if ('member' in part) {
        const personId = names.seats.get(part.member);
        return personId === undefined ? `thành viên có mã ${part.member}` : personName(personId, names);
      }
      return names.agencies.get(part.agency) ?? `cơ quan có mã ${part.agency}`;
    })
    .join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function personName(personId: string, names: AuditNames): string {
  if (!names.people.has(personId)) return `người có mã ${personId}`;
  const fullName = names.people.get(personId);
  return fullName === null || fullName === undefined ? ERASED_PERSON : `Ông/Bà ${fullName}`;
}

/** The ids a template names, each once: what to look up before rendering it. */
export function referencesOf(parts: readonly Part[]): { people: string[]; members: string[]; agencies: string[] } {
  const people = new Set<string>();
  const members = new Set<string>();
  const agencies = new Set<string>();
  for (const part of parts) {
    if (!isToken(part)) continue;
    if ('person' in part) people.add(part.person);
    else if ('member' in part) members.add(part.member);
    else agencies.add(part.agency);
  }
  return { people: [...people], members: [...members], agencies: [...agencies] };
}
