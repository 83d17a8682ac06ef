// Searching the audit trail: filters, a time range on either axis, free text without diacritics, keyset pages by
// global position. Read through Prisma (read-model/prisma-reads.ts) as `bcd_reader` under the request's row-level
// security, in one transaction; then the sentences are rendered with the names of today through the
// MembershipDirectory port (people, erased ones as erased; agencies as named on each event's business date). Without
// the port (a host that does not run membership) people and agencies show by id.
import { Inject, Optional } from '@nestjs/common';
import { type IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { vietnamDateOf } from '@bcd/calendar';
import { requestScope } from '@bcd/auth';
import { MEMBERSHIP_DIRECTORY, type MembershipDirectory } from '@bcd/contracts';
import { NotFound } from '@bcd/kernel';
import { referencesOf, renderSentence, type AuditNames } from '../domain/audit/render.js';
import { searchWords, type Part } from '../domain/audit/sentence.js';
import type { Prisma } from '../generated/prisma/client.js';
import { PrismaReads, type PrismaReader } from '../read-model/prisma-reads.js';
import { AuditCursor, type AuditEntry, type AuditPage } from './audit.schemas.js';

export interface AuditSearch {
  /** The tenants searched (the request's tenant and those merged into it, or one the platform asks for); null: every tenant. */
  tenants: readonly string[] | null;
  /** Only these event ids. */
  events?: readonly string[];
  actor?: string;
  /** An exact stored type (`membership.MemberAppointed`), or a namespace (`budget`). */
  type?: string;
  stream?: string;
  axis: 'business' | 'recorded';
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  q?: string;
  order: 'newest' | 'oldest';
  limit: number;
  /** The global position of the previous page's last event. */
  after?: string;
}

export class SearchAuditQuery extends Query<AuditPage> {
  constructor(readonly search: AuditSearch) {
    super();
  }
}

/** A stream's history, oldest first; 404 when the trail holds nothing of it. */
export class StreamHistoryQuery extends Query<AuditPage> {
  constructor(readonly params: { tenants: readonly string[]; streamId: string; limit: number; after?: string }) {
    super();
  }
}

/** The columns a page reads (all but the search text). */
const PAGE_COLUMNS = {
  eventId: true,
  globalPosition: true,
  tenantId: true,
  type: true,
  streamId: true,
  streamVersion: true,
  occurredAt: true,
  recordedAt: true,
  actorUserId: true,
  actorRole: true,
  correlationId: true,
  causationId: true,
  sentence: true,
} as const satisfies Prisma.AuditEventSelect;

type AuditRow = Omit<Prisma.AuditEventGetPayload<{ select: typeof PAGE_COLUMNS }>, 'sentence'> & { sentence: Part[] };

/** A LIKE pattern's literal text: Prisma's `contains` and `startsWith` leave `%`, `_` and `\` live. */
const literal = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/** One page of rows (one more than asked, to know whether another page follows) and the seats their sentences name. */
async function readPage(tx: PrismaReader, search: AuditSearch): Promise<{ rows: AuditRow[]; seats: Map<string, string> }> {
  const time = search.from === undefined && search.to === undefined ? undefined : { gte: search.from, lt: search.to };
  const newest = search.order === 'newest';
  const words = search.q === undefined ? [] : searchWords(search.q);
  const where: Prisma.AuditEventWhereInput = {
    ...(search.tenants === null ? {} : { tenantId: { in: [...search.tenants] } }),
    ...(search.events === undefined ? {} : { eventId: { in: [...search.events] } }),
    ...(search.actor === undefined ? {} : { actorUserId: search.actor }),
    ...(search.type === undefined ? {} : { type: search.type.includes('.') ? search.type : { startsWith: literal(`${search.type}.`) } }),
    ...(search.stream === undefined ? {} : { streamId: search.stream }),
    ...(time === undefined ? {} : search.axis === 'business' ? { occurredAt: time } : { recordedAt: time }),
    ...(words.length === 0 ? {} : { AND: words.map((word) => ({ searchText: { contains: literal(word) } })) }),
    ...(search.after === undefined ? {} : { globalPosition: newest ? { lt: BigInt(search.after) } : { gt: BigInt(search.after) } }),
  };
  const found = await tx.auditEvent.findMany({ select: PAGE_COLUMNS, where, orderBy: { globalPosition: newest ? 'desc' : 'asc' }, take: search.limit + 1 });
  const rows = found.map((row) => ({ ...row, sentence: row.sentence as Part[] }));
  const members = [...new Set(rows.flatMap((row) => referencesOf(row.sentence).members))];
  const seats = new Map<string, string>();
  if (members.length > 0) {
    const tenants = [...new Set(rows.map((row) => row.tenantId))];
    const held = await tx.auditSeat.findMany({ select: { tenantId: true, memberId: true, personId: true }, where: { tenantId: { in: tenants }, memberId: { in: members } } });
    for (const seat of held) seats.set(seatKey(seat.tenantId, seat.memberId), seat.personId);
  }
  return { rows, seats };
}

const seatKey = (tenant: string, memberId: string) => `${tenant}\u0000${memberId}`;

@QueryHandler(SearchAuditQuery)
export class SearchAuditHandler implements IQueryHandler<SearchAuditQuery> {
  constructor(
    private readonly reads: PrismaReads,
    @Optional() @Inject(MEMBERSHIP_DIRECTORY) private readonly directory?: MembershipDirectory,
  ) {}

  async execute({ search }: SearchAuditQuery): Promise<AuditPage> {
    return searchAudit(this.reads, this.directory, search);
  }
}

@QueryHandler(StreamHistoryQuery)
export class StreamHistoryHandler implements IQueryHandler<StreamHistoryQuery> {
  constructor(
    private readonly reads: PrismaReads,
    @Optional() @Inject(MEMBERSHIP_DIRECTORY) private readonly directory?: MembershipDirectory,
  ) {}

  async execute({ params }: StreamHistoryQuery): Promise<AuditPage> {
    const page = await searchAudit(this.reads, this.directory, { tenants: params.tenants, stream: params.streamId, axis: 'recorded', order: 'oldest', limit: params.limit, after: params.after });
    if (page.items.length === 0 && params.after === undefined) throw new NotFound('Stream', params.streamId);
    return page;
  }
}

async function searchAudit(reads: PrismaReads, directory: MembershipDirectory | undefined, search: AuditSearch): Promise<AuditPage> {
  // The rows first, in their own read; the directory reads in transactions of its own (PGlite has one connection).
  const { rows, seats } = await reads.read(requestScope(), (tx) => readPage(tx, search));
  const page = rows.slice(0, search.limit);
  const names = await namesFor(page, seats, directory);
  return {
    items: page.map((row) => entryOf(row, names(row))),
    next: rows.length > search.limit ? AuditCursor.of(page[page.length - 1].globalPosition.toString()) : null,
  };
}

/** The names each row's sentence needs: people of its tenant, seats, agencies as named on its business date. */
async function namesFor(rows: readonly AuditRow[], seats: ReadonlyMap<string, string>, directory: MembershipDirectory | undefined): Promise<(row: AuditRow) => AuditNames> {
  const businessDate = (row: AuditRow) => vietnamDateOf(row.occurredAt);
  const seatsOf = (row: AuditRow) => {
    const own = new Map<string, string>();
    for (const memberId of referencesOf(row.sentence).members) {
      const personId = seats.get(seatKey(row.tenantId, memberId));
      if (personId !== undefined) own.set(memberId, personId);
    }
    return own;
  };
  if (!directory) return (row) => ({ people: new Map(), agencies: new Map(), seats: seatsOf(row) });

  const peopleAsked = new Map<string, Set<string>>();
  const agenciesAsked = new Map<string, { tenant: string; date: ReturnType<typeof businessDate>; ids: Set<string> }>();
  for (const row of rows) {
    const refs = referencesOf(row.sentence);
    const people = [...refs.people, ...[...seatsOf(row).values()]];
    if (people.length > 0) {
      const asked = peopleAsked.get(row.tenantId) ?? new Set<string>();
      for (const id of people) asked.add(id);
      peopleAsked.set(row.tenantId, asked);
    }
    if (refs.agencies.length > 0) {
      const key = `${row.tenantId}\u0000${businessDate(row)}`;
      const asked = agenciesAsked.get(key) ?? { tenant: row.tenantId, date: businessDate(row), ids: new Set<string>() };
      for (const id of refs.agencies) asked.ids.add(id);
      agenciesAsked.set(key, asked);
    }
  }
  const [people, agencies] = await Promise.all([
    Promise.all([...peopleAsked].map(async ([tenant, ids]) => [tenant, await directory.people(tenant, [...ids])] as const)),
    Promise.all([...agenciesAsked].map(async ([key, asked]) => [key, await directory.agencyNames(asked.tenant, [...asked.ids], asked.date)] as const)),
  ]);
  const peopleByTenant = new Map(people.map(([tenant, found]) => [tenant, new Map([...found].map(([id, p]) => [id, p.fullName]))]));
  const agenciesByDay = new Map(agencies);
  return (row) => ({
    people: peopleByTenant.get(row.tenantId) ?? new Map(),
    agencies: agenciesByDay.get(`${row.tenantId}\u0000${businessDate(row)}`) ?? new Map(),
    seats: seatsOf(row),
  });
}

function entryOf(row: AuditRow, names: AuditNames): AuditEntry {
  return {
    position: row.globalPosition.toString(),
    eventId: row.eventId,
    tenant: row.tenantId,
    type: row.type,
    streamId: row.streamId,
    streamVersion: row.streamVersion,
    occurredAt: row.occurredAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    actor: row.actorUserId === null ? null : { userId: row.actorUserId, ...(row.actorRole === null ? {} : { role: row.actorRole }) },
    correlationId: row.correlationId,
    causationId: row.causationId,
    sentence: renderSentence(row.sentence, names),
  };
}
