-- Read model of the programme context, kept by the projection `programme-read-model`
-- (libs/programme/src/read-model/programme.projection.ts). Applied by the event store's migration runner with the
-- table `programme_schema_migrations`.

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- One row per work programme (a committee's, for a year): the columns lists filter on, and the whole view as its
-- events made it (read-model/programme.view.ts).
CREATE TABLE programme_programmes (
  tenant_id     text    NOT NULL,
  programme_id  uuid    NOT NULL,
  committee_id  text    NOT NULL,
  year          integer NOT NULL,
  status        text    NOT NULL CHECK (status IN ('drafting', 'issued')),
  version       integer NOT NULL,
  view          jsonb   NOT NULL,
  PRIMARY KEY (tenant_id, programme_id)
);
CREATE INDEX programme_programmes_year_idx ON programme_programmes (tenant_id, year);

ALTER TABLE programme_programmes ENABLE ROW LEVEL SECURITY;
ALTER TABLE programme_programmes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON programme_programmes USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON programme_programmes TO bcd_reader;
