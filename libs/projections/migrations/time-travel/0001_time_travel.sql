-- Time travel (libs/projections/src/time-travel, README "Time travel"), kept by the projection
-- `projections-time-travel` from the events of every context the tenant state reads (membership, rulebook,
-- meetings, reporting, budget): the tenant's events indexed by business time, its current state, and snapshots of
-- the state on each time axis so that a moment is answered by folding a few events, never the whole history.
-- Applied by the event store's migration runner with the table `projections_schema_migrations`. Every table is
-- derived from the events: a rebuild makes all of them again (no `keep`).

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- The tenant's events the state reads, as the projection received them (upcast), one row each. Business order is
-- (occurred_at, transaction_id, global_position): the index serves "the events after a business snapshot up to a
-- moment" as one range.
CREATE TABLE time_travel_events (
  tenant_id       text        NOT NULL,
  transaction_id  bigint      NOT NULL,
  global_position bigint      NOT NULL,
  event_id        uuid        NOT NULL,
  type            text        NOT NULL,
  data            jsonb       NOT NULL,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, transaction_id, global_position)
);
CREATE INDEX time_travel_events_business_idx ON time_travel_events (tenant_id, occurred_at, transaction_id, global_position);

-- Per tenant: the state after every event folded so far in the order recorded (the recorded axis now), the last
-- event folded (where the store's unprojected events of the tenant begin), how many, and the latest recording time
-- among them (a running maximum: the global order and the recording clock may disagree by a transaction's length).
CREATE TABLE time_travel_heads (
  tenant_id         text        PRIMARY KEY,
  state_version     integer     NOT NULL,
  state             jsonb       NOT NULL,
  events            integer     NOT NULL,
  transaction_id    bigint      NOT NULL,
  global_position   bigint      NOT NULL,
  max_recorded_at   timestamptz NOT NULL,
  -- `events` at the last recorded snapshot
  snapshot_events   integer     NOT NULL
);

-- The recorded axis: the state after the tenant's first `events` events in the order recorded, every N events.
-- Never invalidated (what was recorded stays recorded). A moment T starts from the last one with
-- max_recorded_at <= T and folds the store's events after it recorded by T.
CREATE TABLE time_travel_recorded_snapshots (
  tenant_id       text        NOT NULL,
  events          integer     NOT NULL,
  transaction_id  bigint      NOT NULL,
  global_position bigint      NOT NULL,
  max_recorded_at timestamptz NOT NULL,
  state_version   integer     NOT NULL,
  state           jsonb       NOT NULL,
  PRIMARY KEY (tenant_id, events)
);

-- The business axis: the state after a prefix of the tenant's events in business order, ending with the event
-- (occurred_at, transaction_id, global_position), every N events. An event recorded later with an earlier business
-- time belongs inside the prefix of every snapshot after it: the projection deletes those, and folds the events
-- after the last one left into new ones, in the same transaction.
CREATE TABLE time_travel_business_snapshots (
  tenant_id       text        NOT NULL,
  occurred_at     timestamptz NOT NULL,
  transaction_id  bigint      NOT NULL,
  global_position bigint      NOT NULL,
  events          integer     NOT NULL,
  state_version   integer     NOT NULL,
  state           jsonb       NOT NULL,
  PRIMARY KEY (tenant_id, occurred_at, transaction_id, global_position)
);

ALTER TABLE time_travel_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE time_travel_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON time_travel_events USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON time_travel_events TO bcd_reader;

ALTER TABLE time_travel_heads ENABLE ROW LEVEL SECURITY;
ALTER TABLE time_travel_heads FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON time_travel_heads USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON time_travel_heads TO bcd_reader;

ALTER TABLE time_travel_recorded_snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE time_travel_recorded_snapshots FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON time_travel_recorded_snapshots USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON time_travel_recorded_snapshots TO bcd_reader;

ALTER TABLE time_travel_business_snapshots ENABLE ROW LEVEL SECURITY;
ALTER TABLE time_travel_business_snapshots FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON time_travel_business_snapshots USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON time_travel_business_snapshots TO bcd_reader;
