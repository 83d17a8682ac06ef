// The audit trail's readable sentence, as a template: fixed Vietnamese words and tokens naming people,
// members and agencies by id. Names are personal data (people) or change over time (agencies), so a token is
// rendered when the trail is read (render.ts), never stored as a name. Pure: no I/O, no clock.
import type { z } from 'zod';
import type { MemberRole } from '@bcd/contracts';

/** A person of the membership context (`Ông/Bà …`, or erased). */
export interface PersonToken {
  person: string;
}
/** A member of a committee (a seat): rendered as the person holding it. */
export interface MemberToken {
  member: string;
}
/** An agency, named as it was called on the event's business date. */
export interface AgencyToken {
  agency: string;
}
export type Token = PersonToken | MemberToken | AgencyToken;

/** One piece of a sentence: fixed words, or a token rendered at read time. */
export type Part = string | Token;

/** What a template literal of `sentence` may interpolate: words, a token, or a piece of sentence already built. */
type Piece = string | number | Token | readonly Part[];

/** The data of each event type of a context, as its contract validates it. */
export type DataSchemas = Record<string, z.ZodType>;

/** For each event type of a contract: its sentence from its data. A new event type nobody describes does not compile. */
export type Sentences<Schemas extends DataSchemas> = { [Type in keyof Schemas]: (data: z.output<Schemas[Type]>) => Part[] };

export const person = (personId: string): PersonToken => ({ person: personId });
export const member = (memberId: string): MemberToken => ({ member: memberId });
export const agency = (agencyId: string): AgencyToken => ({ agency: agencyId });

export function isToken(part: Part): part is Token {
  return typeof part !== 'string';
}

/**
 * A sentence as a template literal: "sentence`${person(id)} được bổ nhiệm làm ${role}.`". Adjacent words are
 * merged, empty ones dropped, nested pieces flattened.
 */
export function sentence(strings: TemplateStringsArray, ...pieces: Piece[]): Part[] {
  const parts: Part[] = [];
  const push = (piece: Piece) => {
    if (Array.isArray(piece)) {
      for (const nested of piece as readonly Part[]) push(nested);
    } else if (typeof piece === 'string' || typeof piece === 'number') {
      const words = String(piece);
      if (words === '') return;
      const last = parts.at(-1);
      if (typeof last === 'string') parts[parts.length - 1] = last + words;
      else parts.push(words);
    } else {
      parts.push(piece as Token);
    }
  };
  strings.forEach((words, index) => {
    push(words);
    if (index < pieces.length) push(pieces[index]);
  });
  return parts;
}

// ---- the words ----

/** The roles of a committee, as RULES.md's glossary writes them. */
export const ROLE_NAMES: Record<MemberRole, string> = {
  chair: 'Trưởng ban',
  'standing-vice-chair': 'Phó Trưởng ban thường trực',
  'vice-chair': 'Phó Trưởng ban',
  'standing-member': 'Ủy viên thường trực',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};

/** A role named by a string (events that carry it as text): its Vietnamese name when it is a committee role. */
export function roleName(role: string): string {
  return (ROLE_NAMES as Record<string, string>)[role] ?? role;
}

/** `2018-10-19` → `19/10/2018`. */
export function date(localDate: string): string {
  const [year, month, day] = localDate.split('-');
  return `${day}/${month}/${year}`;
}

/** An instant (ISO 8601 with its offset, or a Date) → `08:00 ngày 20/09/2019`, in Vietnam's time (UTC+07:00, all year). */
export function dateTime(instant: string | Date): string {
  const local = new Date(new Date(instant).getTime() + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${date(local.slice(0, 10))}`;
}

/** A numbered decision: `Quyết định số 4094/QĐ-UBND ngày 19/10/2018`. */
export function decision(d: { number: string; date: string }): string {
  return `Quyết định số ${d.number} ngày ${date(d.date)}`;
}

/** Whole đồng from its decimal string, exact at any size, dots between thousands: `1.234.567 đồng`. */
export function money(amount: string): string {
  const negative = amount.startsWith('-');
  const digits = negative ? amount.slice(1) : amount;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped} đồng`;
}

/** A long free text quoted in a sentence, cut at `max` characters. */
export function quote(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/** A list of pieces joined by commas: [a, b, c] → a, b, c. */
export function list(pieces: readonly Piece[]): Part[] {
  return pieces.flatMap((piece, index) => sentence`${index === 0 ? '' : ', '}${piece}`);
}

// ---- free-text search ----

/**
 * How the trail compares free text: lowercase, Unicode NFD with the combining marks removed, đ → d, spaces
 * collapsed. "Phó Trưởng ban" and "pho truong ban" normalise alike.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a free-text query, normalised: a row matches when its search text contains every one. */
export function searchWords(query: string): string[] {
  return [...new Set(normalise(query).split(' ').filter((word) => word.length > 0))];
}

/** What free text searches of an event: the fixed words of its sentence (never a name: tokens are left out) and its type. */
export function searchTextOf(type: string, parts: readonly Part[]): string {
  return normalise([type, ...parts.filter((part): part is string => typeof part === 'string')].join(' '));
}
