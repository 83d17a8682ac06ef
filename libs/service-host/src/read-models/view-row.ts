// The projection handler every context writes the same way: one row per instance holding its whole view (jsonb)
// and the columns lists filter on. The row is locked, an event at or below the row's version is skipped (a replay
// or a redelivery), the view is folded and written back whole with its columns — in the batch's transaction with
// the checkpoint. Table and column names come from the context's code, never from input.
import type { RecordedEvent } from '@bcd/kernel';
import type { ProjectionHandler } from './projection.js';

export interface ViewRow<V extends { version: number }> {
  /** The context's namespace of stored types (`reporting` for `reporting.ObligationOpened`). */
  namespace: string;
  table: string;
  /** The row's key beside `tenant_id`: its column and the field of the events' data that holds it. */
  key: { column: string; field: string };
  /** The view after one more event (`type` without its namespace); null: nothing to write (an event before the first). */
  fold(view: V | null, event: { type: string; data: unknown }, recorded: RecordedEvent): V | null;
  /** The columns written beside `tenant_id`, the key, `version` and `view`. */
  columns(view: V): Record<string, unknown>;
}

export function viewRowHandler<V extends { version: number }>(row: ViewRow<V>): ProjectionHandler<unknown> {
  const { table, key } = row;
  const prefix = `${row.namespace}.`;
  return async (tx, data, recorded) => {
    const id = (data as Record<string, unknown>)[key.field];
    const [current] = await tx.query<{ view: V; version: number }>(`SELECT view, version FROM ${table} WHERE tenant_id = $1 AND ${key.column} = $2 FOR UPDATE`, [recorded.tenantId, id]);
    if (current && current.version >= recorded.streamVersion) return;
    const view = row.fold(current?.view ?? null, { type: recorded.type.slice(prefix.length), data }, recorded);
    if (!view) return;
    const columns = Object.entries(row.columns(view));
    const names = ['tenant_id', key.column, ...columns.map(([name]) => name), 'version', 'view'];
    const values = [recorded.tenantId, id, ...columns.map(([, value]) => value), view.version, JSON.stringify(view)];
    const updates = names.slice(2).map((name) => `${name} = EXCLUDED.${name}`);
    await tx.query(
      `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
       ON CONFLICT (tenant_id, ${key.column}) DO UPDATE SET ${updates.join(', ')}`,
      values,
    );
  };
}
