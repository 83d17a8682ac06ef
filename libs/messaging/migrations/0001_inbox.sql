-- The inbox of integration-event consumers (libs/messaging, src/inbox.ts). Applied by the event store's
-- migration runner with the table `messaging_schema_migrations`. One row per event a consumer has handled,
-- written in the same transaction as the handler's effect: a redelivered event finds its row and changes
-- nothing. Event ids are unique per tenant in the store (events_tenant_event_id_key), hence the tenant in the key.
CREATE TABLE messaging_inbox (
  consumer        text        NOT NULL,
  tenant_id       text        NOT NULL,
  event_id        uuid        NOT NULL,
  event_type      text        NOT NULL,
  global_position bigint      NOT NULL,
  handled_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (consumer, tenant_id, event_id)
);
