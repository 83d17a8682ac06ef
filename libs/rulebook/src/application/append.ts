// The same helper as libs/tenancy/src/application/append.ts (contexts share no code but the kernel and shared libs).
import {
  handleCommand,
  type AppendResult,
  type Decider,
  type DomainEvent,
  type HandleCommandOptions,
  type HandleCommandResult,
  type StreamStore,
} from '@bcd/kernel';
import type { GlobalCheckpoint } from '@bcd/event-store';

export interface DecidedAndAppended<E extends DomainEvent, S> extends HandleCommandResult<E, S> {
  /** Where the last appended event sits in the global order (undefined when nothing was appended): wait for the read model to reach it. */
  checkpoint: GlobalCheckpoint | undefined;
}

/**
 * The kernel's handleCommand, keeping the append's transaction id: the kernel's result has the
 * positions only, and read-your-writes needs (transactionId, position).
 */
export async function decideAndAppend<C, E extends DomainEvent, S>(
  store: StreamStore,
  decider: Decider<C, E, S>,
  options: HandleCommandOptions<C, E>,
): Promise<DecidedAndAppended<E, S>> {
  let last: AppendResult | undefined;
  const capturing: StreamStore = {
    readStream: (tenantId, streamId, readOptions) => store.readStream(tenantId, streamId, readOptions),
    appendToStream: async (tenantId, streamId, events, appendOptions) => {
      last = await store.appendToStream(tenantId, streamId, events, appendOptions);
      return last;
    },
  };
  const result = await handleCommand(capturing, decider, options);
  const position = result.positions[result.positions.length - 1];
  return {
    ...result,
    checkpoint: last && position !== undefined ? { transactionId: last.transactionId, globalPosition: position } : undefined,
  };
}
