-- Read model of the rulebook context, kept by the projection `rulebook-read-model`
-- (libs/rulebook/src/read-model/projection.ts). Applied by the event store's migration runner with the
-- table `rulebook_schema_migrations`.

-- The role read-model queries run as (also created by the identity migration; whichever runs first creates it).
-- One line: the migration runner splits statements on a semicolon at the end of a line.
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- One row per adoption of a regulation by a tenant. `pack` is the pack as adopted (tenant-decides slots
-- open), `configuration` the tenant's decisions by slot path, `effective_pack` the pack with them filled in.
CREATE TABLE rulebook_adoptions (
  tenant_id        text        NOT NULL,
  adoption_id      uuid        NOT NULL,
  source           jsonb       NOT NULL,
  pack_id          text        NOT NULL,
  pack             jsonb       NOT NULL,
  configuration    jsonb       NOT NULL DEFAULT '{}'::jsonb,
  effective_pack   jsonb       NOT NULL,
  decision_number  text,
  signed_on        date,
  effective_from   date        NOT NULL,
  supersedes       text,
  adopted_by       jsonb,
  adopted_at       timestamptz NOT NULL,
  configured_at    timestamptz,
  global_position  bigint      NOT NULL,
  PRIMARY KEY (tenant_id, adoption_id)
);
CREATE INDEX rulebook_adoptions_effective_idx ON rulebook_adoptions (tenant_id, effective_from);

-- Row-level security: the second wall under the application's checks (libs/auth/README.md "The second wall").
ALTER TABLE rulebook_adoptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rulebook_adoptions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rulebook_adoptions USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON rulebook_adoptions TO bcd_reader;
