-- The event log. Rows are never updated or deleted.
-- Global order is (transaction_id, global_position): global_position comes from a sequence, so a
-- transaction that took a lower position may commit after one that took a higher one. Readers
-- only read rows of transactions below the oldest one still in flight (pg_snapshot_xmin), and
-- order by transaction id first, so nothing becomes visible behind a reader's checkpoint.
CREATE TABLE events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
  tenant_id       text        NOT NULL,
  stream_id       text        NOT NULL,
  stream_version  integer     NOT NULL CHECK (stream_version >= 1),
  event_id        uuid        NOT NULL,
  type            text        NOT NULL,
  schema_version  integer     NOT NULL DEFAULT 1 CHECK (schema_version >= 1),
  data            jsonb       NOT NULL,
  metadata        jsonb       NOT NULL DEFAULT '{}'::jsonb,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, stream_version),
  CONSTRAINT events_tenant_event_id_key UNIQUE (tenant_id, event_id)
);

-- Catch-up reads, whole log and per tenant.
CREATE INDEX events_global_order_idx ON events (transaction_id, global_position);
CREATE INDEX events_tenant_order_idx ON events (tenant_id, transaction_id, global_position);

-- Where each durable subscription (projection, relay) has read up to.
CREATE TABLE checkpoints (
  subscription_id text        PRIMARY KEY,
  transaction_id  xid8        NOT NULL,
  global_position bigint      NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
