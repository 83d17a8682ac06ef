// What a tenant's log is verified from and what the verification answers (log-verification.ts): the events as
// stored, the stored leaves and signed checkpoints, in the log's order; the findings and the first bad event.
import { eventLeafHash } from './leaf.js';
import type { Hash, NodeId, StoredNode, TreeState } from './merkle.js';
import type { NoteVerifier } from './note.js';

/**
 * An event as stored, in the form its leaf commits to: the events table's row (data as stored, before any
 * upcasting), or a bundle's `event` line. Positions and transaction ids are decimal strings (bigints).
 */
export interface LoggedEvent {
  readonly tenant: string;
  readonly position: string;
  readonly transactionId: string;
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly type: string;
  /** ISO 8601 in UTC with milliseconds, as the leaf writes it. */
  readonly recordedAt: string;
  readonly data: unknown;
}

/** A stored leaf: its index in the tenant's log, the event it was made from, and its Merkle leaf hash. */
export interface LoggedLeaf {
  readonly index: number;
  readonly position: string;
  readonly transactionId: string;
  readonly eventId: string;
  readonly hash: Hash;
}

/** A signed checkpoint as stored or exported: the size it claims (an index) and the signed note, verbatim. */
export interface SignedCheckpointRecord {
  readonly size: number;
  readonly note: string;
}

/** The Merkle leaf hash of a stored event (ValidationFailed or SyntaxError for one that cannot be a leaf). */
export function loggedEventLeafHash(event: LoggedEvent): Hash {
  return eventLeafHash({
    tenantId: event.tenant,
    globalPosition: BigInt(event.position),
    eventId: event.eventId,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    type: event.type,
    recordedAt: new Date(event.recordedAt),
    data: event.data,
  });
}

/** Log order: transaction id, then global position (the order the projection appended in). */
export function compareLogOrder(a: { transactionId: string; position: string }, b: { transactionId: string; position: string }): number {
  const tx = BigInt(a.transactionId) - BigInt(b.transactionId);
  if (tx !== 0n) return tx < 0n ? -1 : 1;
  const position = BigInt(a.position) - BigInt(b.position);
  return position === 0n ? 0 : position < 0n ? -1 : 1;
}

export const FINDING_KINDS = [
  /** The event's leaf, recomputed, is not the leaf logged for it: its content changed (or its leaf did). */
  'event-changed',
  /** A leaf with no event at its place: the event was deleted, or moved elsewhere in the log order. */
  'event-missing',
  /** Another event stands at a logged event's place: events reordered or replaced. */
  'event-replaced',
  /** An event the log never held, among logged ones: slipped in. */
  'event-unlogged',
  /** An event that cannot be read as a leaf (a malformed row or line). */
  'event-unreadable',
  /** Stored leaves not numbered 0, 1, 2, … in log order. */
  'leaf-out-of-order',
  /** A checkpoint whose signature, origin or text does not verify with the log's key. */
  'checkpoint-invalid',
  /** The events' tree does not have the signed root at the signed size. */
  'checkpoint-mismatch',
  /** The log signed a size beyond the events (or leaves) there are. */
  'checkpoint-beyond-log',
  /** The stored leaves' tree does not have the signed root at the signed size. */
  'leaves-mismatch',
  /** A stored node (a perfect subtree, served in proofs) that is not the hash of its leaves. */
  'node-mismatch',
  /** The stored compact tree state (what the log appends to) is not its leaves' tree. */
  'tree-state-mismatch',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One thing found wrong. */
export interface Finding {
  readonly kind: FindingKind;
  readonly detail: string;
  /** The leaf's index in the log, for findings about a logged event. */
  readonly leafIndex?: number;
  readonly position?: string;
  readonly eventId?: string;
  /** For event-replaced: the event found at the logged one's place. */
  readonly foundEventId?: string;
  /** For checkpoint findings: the signed size. */
  readonly size?: number;
  /** For node-mismatch. */
  readonly level?: number;
  readonly index?: number;
}

/** The first event the verification blames, in log order. */
export interface BadEvent {
  readonly problem: FindingKind;
  readonly detail: string;
  /** Its index in the log (null for an event the log never held). */
  readonly leafIndex: number | null;
  readonly position: string;
  readonly eventId: string;
}

export interface LogVerdict {
  readonly valid: boolean;
  readonly tenant: string;
  readonly origin: string;
  /** Stored (or exported) leaves read. */
  readonly leaves: number;
  /** Events read. */
  readonly events: number;
  readonly checkpoints: {
    readonly total: number;
    /** Signed by the log's key and matching the events. */
    readonly verified: number;
    /** The largest checkpoint that opened with the key: its size and base64 root. */
    readonly latest: { readonly size: number; readonly rootHash: string } | null;
  };
  readonly firstBadEvent: BadEvent | null;
  /** The first findings, in the order found. */
  readonly findings: readonly Finding[];
  /** How many more findings there were. */
  readonly moreFindings: number;
}

/** A stored node that does not hold the hash the leaves give it. */
export interface NodeProblem extends NodeId {
  readonly stored: Hash | null;
}

export interface LogVerificationInput {
  readonly tenant: string;
  readonly origin: string;
  readonly verifiers: readonly NoteVerifier[];
  readonly checkpoints: readonly SignedCheckpointRecord[];
  /** The stored leaves, by index. */
  readonly leaves: AsyncIterable<LoggedLeaf> | Iterable<LoggedLeaf>;
  /** The tenant's events in log order, up to the last logged one. */
  readonly events: AsyncIterable<LoggedEvent> | Iterable<LoggedEvent>;
  /**
   * Checks perfect subtrees above the leaves (level ≥ 1) against the stored nodes and answers those that
   * differ or are missing. Called with up to `nodeBatch` nodes at a time; absent: nodes are not checked.
   */
  readonly checkNodes?: (expected: readonly StoredNode[]) => Promise<readonly NodeProblem[]>;
  /** The stored compact state, compared with the stored leaves' tree at the end; absent: not checked. */
  readonly treeState?: TreeState;
  /** Findings kept in the verdict (default 100); the rest are counted. */
  readonly maxFindings?: number;
}

/** Leaf hash appended for an event that cannot be read: not a leaf anyone can have logged (all 0xff). */
