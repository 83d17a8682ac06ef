// Child process of durability.int.spec.ts: appends batches as fast as it can, from several
// concurrent loops, and writes one line per acknowledged append to stdout (synchronously, so a
// line is out before the next append starts). The parent SIGKILLs it mid-load.
//   node durability-writer.js <dataDir|postgres-url> <tenantId> <batchSize> <loops>
import { writeSync } from 'node:fs';
import { createEventStore } from '../create-event-store.js';

const [target, tenantId, batchSizeArg, loopsArg] = process.argv.slice(2);
const batchSize = Number(batchSizeArg);
const loops = Number(loopsArg);
const isUrl = /^postgres(ql)?:\/\//.test(target);

const store = await createEventStore(isUrl ? { databaseUrl: target, dataDir: 'unused' } : { dataDir: target });
writeSync(1, 'READY\n');

let batchNo = 0;
await Promise.all(
  Array.from({ length: loops }, async (_, loop) => {
    for (;;) {
      const batch = batchNo++;
      const streamId = `dur-${tenantId}-${loop}`;
      const result = await store.appendToStream(
        tenantId,
        streamId,
        Array.from({ length: batchSize }, (_, k) => ({ type: 'durability.Written', data: { batch, k, pad: 'x'.repeat(200) } })),
      );
      writeSync(1, `ACK ${batch} ${streamId} ${result.nextExpectedVersion}\n`);
    }
  }),
);
