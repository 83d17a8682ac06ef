import { fileURLToPath } from 'node:url';
import type { RecordedEvent } from '@bcd/kernel';
import { fromMessage } from './event-message.js';
import type { IncomingMessage, MessageHandler } from './port.js';

/** The inbox table's migration (`NNNN_name.sql`), applied with the event store's `migrate` under this table name. */
export const MESSAGING_MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
export const MESSAGING_MIGRATIONS_TABLE = 'messaging_schema_migrations';

/** Statements inside the inbox's transaction (the event store's SqlQueryable fits). */
export interface InboxSql {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * Runs work in one transaction (the event store's SqlExecutor fits: `pg` or PGlite). Described here, not
 * imported: messaging is an infra lib and builds on the kernel alone.
 */
export interface InboxExecutor {
  transaction<T>(work: (tx: InboxSql) => Promise<T>, options?: { prelude?: string }): Promise<T>;
}

/** The consumer's effect: its statements go through `tx`, the inbox's own transaction (`message`: when it came through a consumer). */
export type InboxHandler = (tx: InboxSql, event: RecordedEvent, message?: IncomingMessage) => Promise<void>;

export interface InboxOptions {
  /** Whose inbox (usually the consumer group id): each consumer handles each event once. */
  consumer: string;
  /** SQL without parameters run first in each transaction (e.g. the row-level-security scope of the writes). */
  prelude?: string;
}

export type Receipt = 'handled' | 'duplicate';

const RECORD_SQL = `INSERT INTO messaging_inbox (consumer, tenant_id, event_id, event_type, global_position)
  VALUES ($1, $2, $3::uuid, $4, $5::bigint)
  ON CONFLICT (consumer, tenant_id, event_id) DO NOTHING
  RETURNING event_id::text AS event_id`;

/**
 * Exactly-once effects on top of at-least-once delivery: the inbox row of an event and the handler's
 * effect commit in one transaction. A redelivered event finds its row and is skipped; a handler that
 * throws rolls its row back with its effect, so the redelivery handles it. Two members handling the same
 * event at once on PostgreSQL: the second insert waits for the first transaction and then finds the row.
 */
export class Inbox {
  constructor(
    private readonly executor: InboxExecutor,
    private readonly options: InboxOptions,
  ) {
    if (!options.consumer) throw new Error('An inbox needs a consumer name');
  }

  get consumer(): string {
    return this.options.consumer;
  }

  /** Handles `event` unless this consumer already has; says which. */
  async receive(event: RecordedEvent, handle: InboxHandler, message?: IncomingMessage): Promise<Receipt> {
    return this.executor.transaction(
      async (tx) => {
        const recorded = await tx.query(RECORD_SQL, [
          this.options.consumer,
          event.tenantId,
          event.eventId,
          event.type,
          event.globalPosition.toString(),
        ]);
        if (recorded.length === 0) return 'duplicate';
        await handle(tx, event, message);
        return 'handled';
      },
      this.options.prelude ? { prelude: this.options.prelude } : undefined,
    );
  }

  /** A consumer's message handler: decodes the relayed event and receives it (for MessagingPort.run). */
  handler(handle: InboxHandler, onReceipt?: (receipt: Receipt, event: RecordedEvent) => void): MessageHandler {
    return async (message) => {
      const event = fromMessage(message);
      const receipt = await this.receive(event, handle, message);
      onReceipt?.(receipt, event);
    };
  }
}
