import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from './create-event-store.js';
import { PostgresEventStore } from './postgres-event-store.js';
import { eventStoreContract } from './testing/event-store.contract.js';
import { sharedExecutor } from './testing/shared-executor.js';

// File-backed, as in the embedded platform. One database per file: PGlite takes ~2.5 s to create one.
let dir: string;
let first: PostgresEventStore | undefined;

eventStoreContract('PGlite (file-backed)', {
  async open(options) {
    if (!first) {
      dir = await mkdtemp(join(tmpdir(), 'bcd-es-'));
      first = await createEventStore({ dataDir: dir, upcasters: options?.upcasters });
      return first;
    }
    return new PostgresEventStore(sharedExecutor(first.executor), options);
  },
  async close() {
    await rm(dir, { recursive: true, force: true });
  },
});
