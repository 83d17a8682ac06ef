import { newId, type EventMetadata, type RecordedEvent } from '@bcd/kernel';

let position = 0n;

/** A stored event for projection specs: the type as stored (`membership.AgencyRegistered`), the data, and what matters. */
export function recordedEvent(
  type: string,
  data: unknown,
  options: { tenantId: string; streamId?: string; streamVersion?: number; occurredAt?: Date | string; recordedAt?: Date | string; metadata?: EventMetadata },
): RecordedEvent {
  position += 1n;
  const occurredAt = new Date(options.occurredAt ?? '2025-01-01T00:00:00Z');
  return {
    eventId: newId(),
    type,
    schemaVersion: 1,
    tenantId: options.tenantId,
    streamId: options.streamId ?? `test-${options.tenantId}`,
    streamVersion: options.streamVersion ?? 1,
    globalPosition: position,
    transactionId: 1n,
    occurredAt,
    recordedAt: new Date(options.recordedAt ?? occurredAt),
    data,
    metadata: options.metadata ?? { actor: { userId: 'test', role: 'secretariat' } },
  };
}
