// What the transparency log serves: signed checkpoints, inclusion proofs (C2SP tlog-proof), consistency proofs
// (JSON), the verifier key, the export bundle and the server-side verification. The log's own tables are read
// as `bcd_reader` under the request's scope: through Prisma (PrismaReads), but for the pages of leaves, whose xid8
// transaction ids Prisma cannot read (SQL through ReadModelDatabase); the events table (no read-model table:
// bcd_reader cannot read it) through the executor, always for the one tenant the guard let the request into.
import { Inject, Injectable } from '@nestjs/common';
import { requestScope, type TenantScope } from '@bcd/auth';
import { NotFound, ValidationFailed } from '@bcd/kernel';
import { ReadModelDatabase } from '@bcd/service-host';
import { checkpointLine, eventLine, headerLine, leafLine } from '../domain/transparency/bundle.js';
import { formatConsistencyProof, formatTlogProof, type ConsistencyProofJson } from '../domain/transparency/checkpoint.js';
import { verifyLog, type LogVerdict, type LoggedEvent, type LoggedLeaf, type NodeProblem } from '../domain/transparency/log-verification.js';
import { consistencyProofPlan, EMPTY_TREE, inclusionProofPlan, nodesOf, resolveProof, sameHash, type StoredNode } from '../domain/transparency/merkle.js';
import { PrismaReads } from '../read-model/prisma-reads.js';
import { TransparencyKeys } from './signing-key.js';
import {
  checkpointOf,
  checkpointsOf,
  checkpointsOfOtherOrigins,
  eventsPage,
  hashAtOf,
  leafCountOf,
  leafIndexOf,
  leavesPage,
  readNodeHashes,
  treeStateOf,
  type CheckpointRow,
  type LogPlace,
} from './transparency.store.js';

const PAGE = 1000;

export type LogVerification = LogVerdict & { otherOrigins: number };

@Injectable()
export class TransparencyLog {
  constructor(
    private readonly reads: PrismaReads,
    private readonly db: ReadModelDatabase,
    @Inject(TransparencyKeys) private readonly keys: TransparencyKeys,
  ) {}

  verifierKey(tenant: string): string {
    return this.keys.verifierKeyOf(tenant);
  }

  /** The latest signed checkpoint, or the one of `size`; 404 when none is stored. */
  async checkpoint(tenant: string, size?: number): Promise<CheckpointRow> {
    const origin = this.keys.originOf(tenant);
    const found = await this.reads.readInRequest((tx) => checkpointOf(tx, tenant, origin, size));
    if (found === undefined) {
      throw size === undefined ? new NotFound('Checkpoint', undefined, `The transparency log of ${tenant} has no signed checkpoint yet`) : new NotFound('Checkpoint', String(size));
    }
    return found;
  }

  /** The tlog-proof that the event is in the latest checkpoint (or the one of `size`). */
  async inclusionProof(tenant: string, eventId: string, size?: number): Promise<string> {
    const origin = this.keys.originOf(tenant);
    return this.reads.readInRequest(async (tx) => {
      const index = await leafIndexOf(tx, tenant, eventId);
      if (index === undefined) throw new NotFound('Event', eventId, `Event ${eventId} is not in the transparency log of ${tenant} (yet)`);
      const checkpoint = await checkpointOf(tx, tenant, origin, size);
      if (checkpoint === undefined) throw new NotFound('Checkpoint', size === undefined ? undefined : String(size));
      if (index >= checkpoint.size) {
        throw new NotFound('Event', eventId, `Event ${eventId} is leaf ${index}: not in the checkpoint of size ${checkpoint.size}`);
      }
      const plan = inclusionProofPlan(index, checkpoint.size);
      const proof = resolveProof(plan, hashAtOf(await readNodeHashes(tx, tenant, nodesOf(plan)), tenant));
      return formatTlogProof({ index, proof, checkpoint: checkpoint.note });
    });
  }

  /** The consistency proof between the stored checkpoints of sizes `from` and `to` (default: the latest). */
  async consistencyProof(tenant: string, from: number, to?: number): Promise<ConsistencyProofJson> {
    const origin = this.keys.originOf(tenant);
    return this.reads.readInRequest(async (tx) => {
      const newer = await checkpointOf(tx, tenant, origin, to);
      if (newer === undefined) throw new NotFound('Checkpoint', to === undefined ? undefined : String(to));
      if (from > newer.size) throw new ValidationFailed([{ path: 'from', message: `must not be beyond the newer checkpoint's size ${newer.size}` }]);
      const older = await checkpointOf(tx, tenant, origin, from);
      if (older === undefined) throw new NotFound('Checkpoint', String(from));
      if (older.size === 0 || older.size === newer.size) return formatConsistencyProof(older.note, newer.note, []);
      const plan = consistencyProofPlan(older.size, newer.size);
      return formatConsistencyProof(older.note, newer.note, resolveProof(plan, hashAtOf(await readNodeHashes(tx, tenant, nodesOf(plan)), tenant)));
    });
  }

  /**
   * The export bundle (domain/transparency/bundle.ts), line by line: read lazily, page by page, under the
   * scope of the request that asked (captured now: the lines are read after the handler returned).
   */
  async bundle(tenant: string, exportedAt: Date): Promise<AsyncGenerator<string>> {
    const scope = requestScope();
    const origin = this.keys.originOf(tenant);
    const { checkpoints, leafCount } = await this.reads.read(scope, async (tx) => ({ checkpoints: await checkpointsOf(tx, tenant, origin), leafCount: await leafCountOf(tx, tenant) }));
    const header = headerLine({ tenant, origin, verifierKey: this.keys.verifierKeyOf(tenant), leaves: leafCount, checkpoints: checkpoints.length, exportedAt: exportedAt.toISOString() });
    const leaves = this.leaves(scope, tenant, leafCount);
    const events = this.events(scope, tenant, leafCount);
    return (async function* () {
      yield header;
      for (const checkpoint of checkpoints) yield checkpointLine(checkpoint);
      for await (const leaf of leaves) yield leafLine(leaf);
      for await (const event of events) yield eventLine(event);
    })();
  }

  /** Verifies the tenant's log against the events table (domain/transparency/log-verification.ts). */
  async verify(tenant: string): Promise<LogVerification> {
    const scope = requestScope();
    const origin = this.keys.originOf(tenant);
    const { checkpoints, leafCount, treeState, otherOrigins } = await this.reads.read(scope, async (tx) => ({
      checkpoints: await checkpointsOf(tx, tenant, origin),
      leafCount: await leafCountOf(tx, tenant),
      treeState: await treeStateOf(tx, tenant),
      otherOrigins: await checkpointsOfOtherOrigins(tx, tenant, origin),
    }));
    const verdict = await verifyLog({
      tenant,
      origin,
      verifiers: [this.keys.verifierOf(tenant)],
      checkpoints,
      leaves: this.leaves(scope, tenant, leafCount),
      events: this.events(scope, tenant, leafCount),
      checkNodes: (expected) => this.checkNodes(scope, tenant, expected),
      treeState: treeState ?? EMPTY_TREE,
    });
    return { ...verdict, otherOrigins };
  }

  private async checkNodes(scope: TenantScope, tenant: string, expected: readonly StoredNode[]): Promise<NodeProblem[]> {
    const stored = await this.reads.read(scope, (tx) => readNodeHashes(tx, tenant, expected));
    return expected.flatMap(({ level, index, hash }) => {
      const found = stored.get(`${level}/${index}`);
      return found !== undefined && sameHash(found, hash) ? [] : [{ level, index, stored: found ?? null }];
    });
  }

  /** The first `count` leaves, page by page. */
  private async *leaves(scope: TenantScope, tenant: string, count: number): AsyncGenerator<LoggedLeaf> {
    for (let from = 0; from < count; ) {
      const page = await this.db.readAs(scope, (tx) => leavesPage(tx, tenant, from, Math.min(PAGE, count - from)));
      if (page.length === 0) return;
      yield* page;
      from = page[page.length - 1].index + 1;
    }
  }

  /** The tenant's events in log order up to the one of leaf `leafCount - 1` (the last counted), page by page. */
  private async *events(scope: TenantScope, tenant: string, leafCount: number): AsyncGenerator<LoggedEvent> {
    if (leafCount === 0) return;
    const [last] = await this.db.readAs(scope, (tx) => leavesPage(tx, tenant, leafCount - 1, 1));
    if (last === undefined) return;
    for (let after: LogPlace | undefined; ; ) {
      const page = await eventsPage(this.db.executor, tenant, after, last, PAGE);
      yield* page;
      if (page.length < PAGE) return;
      after = page[page.length - 1];
    }
  }
}
