// The audit trail's projection: one row per stored event of every context and of the platform, with its sentence
// template and search text (domain/audit/describe.ts), in global order. Idempotent (a replayed event is skipped by its
// id), eventually consistent: commands never wait for it (readYourWrites: false).
import type { RecordedEvent } from '@bcd/kernel';
import type { SqlQueryable } from '@bcd/event-store';
import { PLATFORM_SCOPE, tenantScopeSql } from '@bcd/auth';
import type { ReadModelDefinition } from '@bcd/service-host';
import { describeEvent, seatOf } from '../domain/audit/describe.js';
import { projectionMigrations } from '../read-model/migrations.js';

/** Rows per INSERT: a batch of any size in few statements. */
const CHUNK = 500;

export const auditProjection: ReadModelDefinition = {
  context: 'projections',
  projectionId: 'projections-audit',
  typePrefix: '',
  migrations: projectionMigrations('audit'),
  readYourWrites: false,
  // Rows of every tenant and of the platform: platform access lets the projection through the RLS policies.
  prelude: tenantScopeSql(PLATFORM_SCOPE),
  // The search indexes: the projection only inserts (conflicts on the primary key), so a rebuild creates them once
  // after the replay.
  indexedAfterReplay: [
    'audit_events_tenant_position_idx',
    'audit_events_stream_idx',
    'audit_events_type_idx',
    'audit_events_actor_idx',
    'audit_events_occurred_idx',
    'audit_events_recorded_idx',
  ],
  async apply(tx, events) {
    for (let start = 0; start < events.length; start += CHUNK) await insert(tx, events.slice(start, start + CHUNK));
  },
};

async function insert(tx: SqlQueryable, events: readonly RecordedEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map((event) => {
    const { parts, searchText } = describeEvent(event.type, event.data);
    const actor = event.metadata.actor;
    return {
      event,
      values: [
        event.eventId,
        event.globalPosition.toString(),
        event.tenantId,
        event.type,
        event.streamId,
        event.streamVersion,
        event.occurredAt.toISOString(),
        event.recordedAt.toISOString(),
        stringOrNull(actor?.userId),
        stringOrNull(actor?.role),
        stringOrNull(event.metadata.correlationId),
        stringOrNull(event.metadata.causationId),
        JSON.stringify(parts),
        searchText,
      ],
    };
  });
  const columns = rows[0].values.length;
  const column = (index: number) => rows.map((row) => row.values[index]);
  await tx.query(
    `INSERT INTO audit_events (event_id, global_position, tenant_id, type, stream_id, stream_version, occurred_at, recorded_at,
                               actor_user_id, actor_role, correlation_id, causation_id, sentence, search_text)
     SELECT event_id, global_position, tenant_id, type, stream_id, stream_version, occurred_at, recorded_at,
            actor_user_id, actor_role, correlation_id, causation_id, sentence::jsonb, search_text
     FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::integer[], $7::timestamptz[], $8::timestamptz[],
                 $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
          AS e (event_id, global_position, tenant_id, type, stream_id, stream_version, occurred_at, recorded_at,
                actor_user_id, actor_role, correlation_id, causation_id, sentence, search_text)
     ON CONFLICT (event_id) DO NOTHING`,
    Array.from({ length: columns }, (_, index) => column(index)),
  );
  const seats = events.flatMap((event) => {
    const seat = seatOf(event.type, event.data);
    return seat ? [{ tenantId: event.tenantId, ...seat }] : [];
  });
  if (seats.length > 0) {
    await tx.query(
      `INSERT INTO audit_seats (tenant_id, member_id, person_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (tenant_id, member_id) DO NOTHING`,
      [seats.map((s) => s.tenantId), seats.map((s) => s.memberId), seats.map((s) => s.personId)],
    );
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
