// The projection `rulebook-read-model`: rulebook.* events into `rulebook_adoptions`, one batch and its
// checkpoint per transaction (PostgresEventStore.project). Writes run with platform access, so the
// row-level security policy lets them through even when the table's owner is not a superuser.
import type { RecordedEvent } from '@bcd/kernel';
import { PLATFORM_SCOPE, setTenantScope, type ScopedSqlClient } from '@bcd/auth';
import { configurePack, type RulePack } from '@bcd/regulation';
import type { RegulationEvent } from '../domain/regulations.js';
import { jsonValue } from './json-column.js';

export const RULEBOOK_PROJECTION_ID = 'rulebook-read-model';
export const RULEBOOK_EVENT_PREFIX = 'rulebook.';

export async function applyRulebookEvents(tx: ScopedSqlClient, events: readonly RecordedEvent[]): Promise<void> {
  await setTenantScope(tx, PLATFORM_SCOPE);
  for (const recorded of events) {
    if (!recorded.type.startsWith(RULEBOOK_EVENT_PREFIX)) continue;
    const event = { type: recorded.type.slice(RULEBOOK_EVENT_PREFIX.length), data: recorded.data } as RegulationEvent;
    await applyOne(tx, event, recorded);
  }
}

async function applyOne(tx: ScopedSqlClient, event: RegulationEvent, recorded: RecordedEvent): Promise<void> {
  switch (event.type) {
    case 'RegulationAdopted': {
      const a = event.data;
      await tx.query(
        `INSERT INTO rulebook_adoptions (tenant_id, adoption_id, source, pack_id, pack, effective_pack, decision_number, signed_on,
                                         effective_from, supersedes, adopted_by, adopted_at, global_position)
         VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $5::jsonb, $6, $7::date, $8::date, $9, $10::jsonb, $11, $12)
         ON CONFLICT (tenant_id, adoption_id) DO NOTHING`,
        [
          recorded.tenantId,
          a.adoptionId,
          JSON.stringify(a.source),
          a.pack.id,
          JSON.stringify(a.pack),
          a.decisionNumber,
          a.signedOn,
          a.effectiveFrom,
          a.supersedes,
          recorded.metadata.actor === undefined ? null : JSON.stringify(recorded.metadata.actor),
          recorded.recordedAt.toISOString(),
          recorded.globalPosition.toString(),
        ],
      );
      return;
    }
    case 'TenantDecisionConfigured': {
      const [row] = await tx.query<{ pack: unknown; configuration: unknown }>(
        `SELECT pack, configuration FROM rulebook_adoptions WHERE tenant_id = $1 AND adoption_id = $2 FOR UPDATE`,
        [recorded.tenantId, event.data.adoptionId],
      );
      if (!row) return; // cannot happen: the decider configures adoptions of the same stream only
      const configuration = { ...jsonValue<Record<string, unknown>>(row.configuration), ...event.data.settings };
      // The decider checked exactly this when it accepted the event.
      const effective = configurePack(jsonValue<RulePack>(row.pack), configuration);
      await tx.query(
        `UPDATE rulebook_adoptions SET configuration = $3::jsonb, effective_pack = $4::jsonb, configured_at = $5
         WHERE tenant_id = $1 AND adoption_id = $2`,
        [recorded.tenantId, event.data.adoptionId, JSON.stringify(configuration), JSON.stringify(effective), recorded.recordedAt.toISOString()],
      );
      return;
    }
    default: {
      const _exhaustive: never = event;
      return; // an event type of a later version: nothing to project yet
    }
  }
}
