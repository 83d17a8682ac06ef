-- The audit trail, kept by the projection `projections-audit` (libs/projections/src/audit/audit.projection.ts) from
-- every event of every context and of the platform. Applied by the event store's migration runner with the table
-- `projections_schema_migrations`. A stream's history is read here: no context keeps a history table of its own.

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- One row per stored event (platform-level events under the tenant `platform`). `sentence` is the template of its
-- Vietnamese sentence (domain/audit/sentence.ts): fixed words and tokens naming people, members and agencies by id,
-- rendered with their names when read — no name is stored here. `search_text` holds the sentence's fixed words and
-- the type, lowercase without diacritics (đ → d): what free text searches.
CREATE TABLE audit_events (
  event_id         uuid        PRIMARY KEY,
  global_position  bigint      NOT NULL UNIQUE,
  tenant_id        text        NOT NULL,
  type             text        NOT NULL,
  stream_id        text        NOT NULL,
  stream_version   integer     NOT NULL,
  occurred_at      timestamptz NOT NULL,
  recorded_at      timestamptz NOT NULL,
  actor_user_id    text,
  actor_role       text,
  correlation_id   text,
  causation_id     text,
  sentence         jsonb       NOT NULL,
  search_text      text        NOT NULL
);
-- Keyset pages of one tenant, whole or filtered by stream, type, actor; time ranges on either axis.
CREATE INDEX audit_events_tenant_position_idx ON audit_events (tenant_id, global_position);
CREATE INDEX audit_events_stream_idx ON audit_events (tenant_id, stream_id, global_position);
CREATE INDEX audit_events_type_idx ON audit_events (tenant_id, type, global_position);
CREATE INDEX audit_events_actor_idx ON audit_events (tenant_id, actor_user_id, global_position);
CREATE INDEX audit_events_occurred_idx ON audit_events (tenant_id, occurred_at);
CREATE INDEX audit_events_recorded_idx ON audit_events (tenant_id, recorded_at);

-- Which person holds each seat (membership.MemberAppointed): sentences naming a member render as that person.
CREATE TABLE audit_seats (
  tenant_id  text NOT NULL,
  member_id  text NOT NULL,
  person_id  text NOT NULL,
  PRIMARY KEY (tenant_id, member_id)
);

ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_events USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON audit_events TO bcd_reader;

ALTER TABLE audit_seats ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_seats FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_seats USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON audit_seats TO bcd_reader;
