// The transparency log's tables (migrations/transparency/0001_transparency.sql) and the events it reads. The
// projection's appends (and the reads they make inside its transaction) and the events are plain SQL, the same
// statements on PostgreSQL and PGlite: hashes travel as hex (bytea in the tables), bigints and xid8 as text. What the
// routes read of the log goes through Prisma (prisma/schema.prisma, read-model/prisma-reads.ts), except the leaves'
// transaction ids: xid8, which neither Prisma driver adapter reads, so pages of leaves stay SQL.
import type { ScopedSqlClient } from '@bcd/auth';
import type { LoggedEvent, LoggedLeaf } from '../domain/transparency/log-verification.js';
import { parseTreeState, serializeTreeState, type Hash, type NodeId, type StoredNode, type TreeState } from '../domain/transparency/merkle.js';
import type { PrismaReader } from '../read-model/prisma-reads.js';

/** A connection or transaction: the projection's, a scoped read's, or the executor. */
export type Sql = ScopedSqlClient;

const toHex = (hash: Hash): string => Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('hex');
const fromHex = (hex: string): Hash => new Uint8Array(Buffer.from(hex, 'hex'));
const nodeKey = (level: number, index: number): string => `${level}/${index}`;

// ---------------------------------------------------------------------------------------------------------
// The events, as stored

// The data as stored (jsonb's text, parsed here: no upcaster has touched it) and the recording instant cut to
// milliseconds in SQL, as the leaf writes it (RecordedEvent.recordedAt is the same instant: both drivers cut).
const EVENT_COLUMNS = `global_position::text AS position, transaction_id::text AS transaction_id, tenant_id, stream_id,
  stream_version, event_id::text AS event_id, type,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS recorded_at, data::text AS data`;

interface EventRow {
  position: string;
  transaction_id: string;
  tenant_id: string;
  stream_id: string;
  stream_version: number;
  event_id: string;
  type: string;
  recorded_at: string;
  data: string;
}

function toLoggedEvent(row: EventRow): LoggedEvent {
  return {
    tenant: row.tenant_id,
    position: row.position,
    transactionId: row.transaction_id,
    eventId: row.event_id,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    type: row.type,
    recordedAt: row.recorded_at,
    data: JSON.parse(row.data),
  };
}

/** The stored events at these global positions, by position. */
export async function eventsAt(sql: Sql, positions: readonly string[]): Promise<Map<string, LoggedEvent>> {
  const rows = await sql.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE global_position = ANY($1::text[]::bigint[])`, [positions]);
  return new Map(rows.map((row) => [row.position, toLoggedEvent(row)]));
}

/** A place in the log order. */
export interface LogPlace {
  transactionId: string;
  position: string;
}

/** A page of the tenant's events in log order, after `after` (exclusive) up to `until` (inclusive). */
export async function eventsPage(sql: Sql, tenant: string, after: LogPlace | undefined, until: LogPlace, limit: number): Promise<LoggedEvent[]> {
  const from = after ?? { transactionId: '0', position: '0' };
  const rows = await sql.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events
     WHERE tenant_id = $1 AND (transaction_id, global_position) > ($2::text::xid8, $3::bigint)
       AND (transaction_id, global_position) <= ($4::text::xid8, $5::bigint)
     ORDER BY events.transaction_id, events.global_position LIMIT $6`,
    [tenant, from.transactionId, from.position, until.transactionId, until.position, limit],
  );
  return rows.map(toLoggedEvent);
}

// ---------------------------------------------------------------------------------------------------------
// Appending (the projection's transaction)

/** Which of these global positions have a leaf already (a batch delivered again). */
export async function loggedPositions(sql: Sql, positions: readonly string[]): Promise<Set<string>> {
  const rows = await sql.query<{ position: string }>(
    `SELECT global_position::text AS position FROM projections_tlog_leaves WHERE global_position = ANY($1::text[]::bigint[])`,
    [positions],
  );
  return new Set(rows.map((row) => row.position));
}

/** The compact states of these tenants' trees (absent: an empty tree). */
export async function treeStates(sql: Sql, tenants: readonly string[]): Promise<Map<string, TreeState>> {
  const rows = await sql.query<{ tenant_id: string; tree_size: string; subtrees: unknown }>(
    `SELECT tenant_id, tree_size::text AS tree_size, subtrees FROM projections_tlog_trees WHERE tenant_id = ANY($1::text[])`,
    [tenants],
  );
  return new Map(rows.map((row) => [row.tenant_id, parseTreeState({ size: Number(row.tree_size), hashes: row.subtrees })]));
}

export async function saveTreeStates(sql: Sql, states: ReadonlyMap<string, TreeState>): Promise<void> {
  const rows = [...states].map(([tenant, state]) => ({ tenant, size: String(state.size), subtrees: JSON.stringify(serializeTreeState(state).hashes) }));
  await sql.query(
    `INSERT INTO projections_tlog_trees (tenant_id, tree_size, subtrees)
     SELECT t, s, h::jsonb FROM unnest($1::text[], $2::bigint[], $3::text[]) AS u(t, s, h)
     ON CONFLICT (tenant_id) DO UPDATE SET tree_size = excluded.tree_size, subtrees = excluded.subtrees`,
    [rows.map((r) => r.tenant), rows.map((r) => r.size), rows.map((r) => r.subtrees)],
  );
}

export interface LeafRow extends LoggedLeaf {
  tenant: string;
}

export async function insertLeaves(sql: Sql, leaves: readonly LeafRow[]): Promise<void> {
  if (leaves.length === 0) return;
  await sql.query(
    `INSERT INTO projections_tlog_leaves (tenant_id, leaf_index, global_position, transaction_id, event_id, leaf_hash)
     SELECT t, i, p, x::xid8, e::uuid, decode(h, 'hex') FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[]) AS u(t, i, p, x, e, h)`,
    [
      leaves.map((l) => l.tenant),
      leaves.map((l) => String(l.index)),
      leaves.map((l) => l.position),
      leaves.map((l) => l.transactionId),
      leaves.map((l) => l.eventId),
      leaves.map((l) => toHex(l.hash)),
    ],
  );
}

/** Stores perfect subtrees above the leaves (level ≥ 1; level 0 is the leaves table). */
export async function insertNodes(sql: Sql, nodes: readonly (StoredNode & { tenant: string })[]): Promise<void> {
  const above = nodes.filter((node) => node.level > 0);
  if (above.length === 0) return;
  await sql.query(
    `INSERT INTO projections_tlog_nodes (tenant_id, level, node_index, hash)
     SELECT t, l, i, decode(h, 'hex') FROM unnest($1::text[], $2::int[], $3::bigint[], $4::text[]) AS u(t, l, i, h)`,
    [above.map((n) => n.tenant), above.map((n) => n.level), above.map((n) => String(n.index)), above.map((n) => toHex(n.hash))],
  );
}

/** The hashes of these perfect subtrees of the tenant's tree (level 0 read from the leaves), by `level/index` (the routes: readNodeHashes). */
export async function nodeHashes(sql: Sql, tenant: string, nodes: readonly NodeId[]): Promise<Map<string, Hash>> {
  const leaves = nodes.filter((node) => node.level === 0);
  const above = nodes.filter((node) => node.level > 0);
  const rows = await sql.query<{ level: number; node_index: string; hash: string }>(
    `SELECT n.level, n.node_index::text AS node_index, encode(n.hash, 'hex') AS hash
       FROM unnest($2::int[], $3::bigint[]) AS w(level, idx)
       JOIN projections_tlog_nodes n ON n.tenant_id = $1 AND n.level = w.level AND n.node_index = w.idx
     UNION ALL
     SELECT 0, l.leaf_index::text, encode(l.leaf_hash, 'hex')
       FROM unnest($4::bigint[]) AS w(idx)
       JOIN projections_tlog_leaves l ON l.tenant_id = $1 AND l.leaf_index = w.idx`,
    [tenant, above.map((n) => n.level), above.map((n) => String(n.index)), leaves.map((n) => String(n.index))],
  );
  return new Map(rows.map((row) => [nodeKey(Number(row.level), Number(row.node_index)), fromHex(row.hash)]));
}

/** A HashAt over fetched nodes: a node that was not fetched (not stored) is an error, not a guess. */
export function hashAtOf(hashes: ReadonlyMap<string, Hash>, tenant: string): (level: number, index: number) => Hash {
  return (level, index) => {
    const hash = hashes.get(nodeKey(level, index));
    if (hash === undefined) throw new Error(`The transparency log of ${tenant} has no stored node (level ${level}, index ${index})`);
    return hash;
  };
}

// ---------------------------------------------------------------------------------------------------------
// Checkpoints (the projection's transaction)

export interface CheckpointRow {
  size: number;
  note: string;
  signedAt: string;
}

/** The last checkpoint signed for each tenant under its current origin. */
export async function lastCheckpoints(sql: Sql, logs: readonly { tenant: string; origin: string }[]): Promise<Map<string, CheckpointRow>> {
  const rows = await sql.query<{ tenant_id: string; tree_size: string; note: string; signed_at: Date | string }>(
    `SELECT DISTINCT ON (c.tenant_id) c.tenant_id, c.tree_size::text AS tree_size, c.note, c.signed_at
       FROM projections_tlog_checkpoints c JOIN unnest($1::text[], $2::text[]) AS w(t, o) ON c.tenant_id = w.t AND c.origin = w.o
      ORDER BY c.tenant_id, c.tree_size DESC`,
    [logs.map((l) => l.tenant), logs.map((l) => l.origin)],
  );
  return new Map(rows.map((row) => [row.tenant_id, { size: Number(row.tree_size), note: row.note, signedAt: new Date(row.signed_at).toISOString() }]));
}

/**
 * Stores a signed checkpoint. The same note again (another writer signed the same tree: Ed25519 is deterministic)
 * is kept once; another note for the same size is a fork and throws.
 */
export async function insertCheckpoint(sql: Sql, checkpoint: { tenant: string; origin: string; size: number; rootHash: Hash; note: string }): Promise<void> {
  const [stored] = await sql.query<{ note: string }>(
    `WITH inserted AS (
       INSERT INTO projections_tlog_checkpoints (tenant_id, origin, tree_size, root_hash, note) VALUES ($1, $2, $3::bigint, decode($4, 'hex'), $5)
       ON CONFLICT (tenant_id, origin, tree_size) DO NOTHING RETURNING note)
     SELECT note FROM inserted
     UNION ALL
     SELECT note FROM projections_tlog_checkpoints WHERE tenant_id = $1 AND origin = $2 AND tree_size = $3::bigint AND NOT EXISTS (SELECT 1 FROM inserted)`,
    [checkpoint.tenant, checkpoint.origin, String(checkpoint.size), toHex(checkpoint.rootHash), checkpoint.note],
  );
  if (stored?.note !== checkpoint.note) throw new Error(`Another checkpoint of ${checkpoint.origin} was signed for size ${checkpoint.size}: the log forked`);
}

// ---------------------------------------------------------------------------------------------------------
// What the routes read: through Prisma, as bcd_reader under the request's scope (one view of the tables per read)

const CHECKPOINT = { treeSize: true, note: true, signedAt: true } as const;
const toCheckpoint = (row: { treeSize: bigint; note: string; signedAt: Date }): CheckpointRow => ({ size: Number(row.treeSize), note: row.note, signedAt: row.signedAt.toISOString() });

/** A stored checkpoint of the log: of this size, or (size undefined) the latest. */
export async function checkpointOf(tx: PrismaReader, tenant: string, origin: string, size?: number): Promise<CheckpointRow | undefined> {
  const row = await tx.transparencyCheckpoint.findFirst({
    where: { tenantId: tenant, origin, ...(size === undefined ? {} : { treeSize: BigInt(size) }) },
    orderBy: { treeSize: 'desc' },
    select: CHECKPOINT,
  });
  return row === null ? undefined : toCheckpoint(row);
}

/** Every checkpoint of the log, by size. */
export async function checkpointsOf(tx: PrismaReader, tenant: string, origin: string): Promise<CheckpointRow[]> {
  const rows = await tx.transparencyCheckpoint.findMany({ where: { tenantId: tenant, origin }, orderBy: { treeSize: 'asc' }, select: CHECKPOINT });
  return rows.map(toCheckpoint);
}

/** How many checkpoints the tenant has under other origins (an earlier AUDIT_SIGNING_KEY name). */
export function checkpointsOfOtherOrigins(tx: PrismaReader, tenant: string, origin: string): Promise<number> {
  return tx.transparencyCheckpoint.count({ where: { tenantId: tenant, origin: { not: origin } } });
}

/** The index of an event's leaf, if logged. */
export async function leafIndexOf(tx: PrismaReader, tenant: string, eventId: string): Promise<number | undefined> {
  const row = await tx.transparencyLeaf.findUnique({ where: { tenantId_eventId: { tenantId: tenant, eventId } }, select: { leafIndex: true } });
  return row === null ? undefined : Number(row.leafIndex);
}

/** How many leaves the tenant's tree has. */
export async function leafCountOf(tx: PrismaReader, tenant: string): Promise<number> {
  const last = await tx.transparencyLeaf.findFirst({ where: { tenantId: tenant }, orderBy: { leafIndex: 'desc' }, select: { leafIndex: true } });
  return last === null ? 0 : Number(last.leafIndex) + 1;
}

/** The tenant's stored compact state (undefined: none yet). */
export async function treeStateOf(tx: PrismaReader, tenant: string): Promise<TreeState | undefined> {
  const row = await tx.transparencyTree.findUnique({ where: { tenantId: tenant }, select: { treeSize: true, subtrees: true } });
  return row === null ? undefined : parseTreeState({ size: Number(row.treeSize), hashes: row.subtrees });
}

/** nodeHashes for the routes: these perfect subtrees of the tenant's tree (level 0 from the leaves), by `level/index`. */
export async function readNodeHashes(tx: PrismaReader, tenant: string, nodes: readonly NodeId[]): Promise<Map<string, Hash>> {
  const hashes = new Map<string, Hash>();
  const byLevel = Map.groupBy(nodes, (node) => node.level);
  const above = [...byLevel].filter(([level]) => level > 0).map(([level, ids]) => ({ level, nodeIndex: { in: ids.map((id) => BigInt(id.index)) } }));
  if (above.length > 0) {
    const rows = await tx.transparencyNode.findMany({ where: { tenantId: tenant, OR: above }, select: { level: true, nodeIndex: true, hash: true } });
    for (const row of rows) hashes.set(nodeKey(row.level, Number(row.nodeIndex)), row.hash);
  }
  const leaves = byLevel.get(0) ?? [];
  if (leaves.length > 0) {
    const rows = await tx.transparencyLeaf.findMany({ where: { tenantId: tenant, leafIndex: { in: leaves.map((id) => BigInt(id.index)) } }, select: { leafIndex: true, leafHash: true } });
    for (const row of rows) hashes.set(nodeKey(0, Number(row.leafIndex)), row.leafHash);
  }
  return hashes;
}

// ---------------------------------------------------------------------------------------------------------
// Pages of leaves, with their transaction ids (xid8: SQL, as bcd_reader under the request's scope). Leaves are
// never updated or deleted, so a page read after the Prisma read that counted them shows the same rows.

interface LeafSqlRow {
  leaf_index: string;
  position: string;
  transaction_id: string;
  event_id: string;
  hash: string;
}

const toLeaf = (row: LeafSqlRow): LoggedLeaf => ({
  index: Number(row.leaf_index),
  position: row.position,
  transactionId: row.transaction_id,
  eventId: row.event_id,
  hash: fromHex(row.hash),
});

/** A page of the tenant's leaves from index `from`, by index. */
export async function leavesPage(sql: Sql, tenant: string, from: number, limit: number): Promise<LoggedLeaf[]> {
  const rows = await sql.query<LeafSqlRow>(
    `SELECT leaf_index::text AS leaf_index, global_position::text AS position, transaction_id::text AS transaction_id,
            event_id::text AS event_id, encode(leaf_hash, 'hex') AS hash
     FROM projections_tlog_leaves WHERE tenant_id = $1 AND leaf_index >= $2::bigint ORDER BY projections_tlog_leaves.leaf_index LIMIT $3`,
    [tenant, String(from), limit],
  );
  return rows.map(toLeaf);
}
