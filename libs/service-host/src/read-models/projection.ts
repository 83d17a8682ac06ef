// A context's projection written as a map from event type to handler: the kit strips the context's
// namespace, sets the row-level-security scope for writing, and skips event types the map does not
// know (a later version's events, another context's). The map names every event type of the
// context (null: nothing to project), so a new event nobody projects does not compile.
import type { DomainEvent, RecordedEvent } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { PLATFORM_SCOPE, tenantScopeSql } from '@bcd/auth';
import type { ReadModelDefinition } from './read-models.js';

/** Applies one event's data to the read model, inside the projection's transaction. */
export type ProjectionHandler<Data> = ((tx: SqlQueryable, data: Data, recorded: RecordedEvent) => Promise<void>) & { batch?: BatchedHandler };

/**
 * A handler that applies a batch in memory (viewRowHandler): `begin` with the batch's events it handles (it reads
 * their rows), then each event, then `flush` writes what changed; `discard` forgets a batch that failed.
 */
export interface BatchedHandler {
  begin(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void>;
  flush(tx: SqlQueryable): Promise<void>;
  discard(tx: SqlQueryable): void;
}

export type ProjectionHandlers<E extends DomainEvent> = {
  [Type in E['type']]: ProjectionHandler<Extract<E, { type: Type }>['data']> | null;
};

export interface ProjectionDefinition<E extends DomainEvent> {
  context: string;
  projectionId: string;
  /** The context's namespace of stored types: `membership` reads `membership.*`. */
  namespace: string;
  migrations: { dir: string; table: string };
  handlers: ProjectionHandlers<E>;
  /** Tables of its migrations that commands write, kept through a rebuild (ReadModelDefinition.keep). */
  keep?: readonly string[];
}

export function defineProjection<E extends DomainEvent>(definition: ProjectionDefinition<E>): ReadModelDefinition {
  const prefix = `${definition.namespace}.`;
  // Keys from our own map: a Map, so that no event type can reach Object.prototype.
  const handlers = new Map<string, ProjectionHandler<unknown> | null>(Object.entries(definition.handlers));
  return {
    context: definition.context,
    projectionId: definition.projectionId,
    typePrefix: prefix,
    migrations: definition.migrations,
    keep: definition.keep,
    // Projections write rows of every tenant: platform access lets them through the RLS policies even
    // when the tables' owner is not a superuser (set with the batch's BEGIN).
    prelude: tenantScopeSql(PLATFORM_SCOPE),
    async apply(tx, events) {
      const handled = events.flatMap((recorded) => {
        const handler = recorded.type.startsWith(prefix) ? handlers.get(recorded.type.slice(prefix.length)) : undefined;
        return handler ? [{ recorded, handler }] : [];
      });
      const batched = Map.groupBy(handled.filter(({ handler }) => handler.batch), ({ handler }) => handler.batch as BatchedHandler);
      const flush = async () => {
        for (const batch of batched.keys()) await batch.flush(tx);
      };
      try {
        for (const [batch, its] of batched) await batch.begin(tx, its.map(({ recorded }) => recorded));
        for (const { recorded, handler } of handled) {
          // A handler that writes as it goes sees every row the batched ones changed before its event.
          if (!handler.batch) await flush();
          await handler(tx, recorded.data, recorded);
        }
        await flush();
      } finally {
        for (const batch of batched.keys()) batch.discard(tx);
      }
    },
  };
}
