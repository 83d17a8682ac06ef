-- Read models of the reporting context, kept by the projection `reporting-read-model`
-- (libs/reporting/src/read-model/reporting.projection.ts), and the files attached to reports (stored by
-- content hash). Applied by the event store's migration runner with the table `reporting_schema_migrations`.

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- One row per obligation: the columns lists, reminders, buckets and exports filter on, and the whole view
-- as its events made it (read-model/obligation.view.ts). `from_date`: since when it is owed (the period's
-- first day, or the day an ad hoc report was asked for); `done_on`: the day of its first submission in
-- Vietnam (a resubmission keeps it).
CREATE TABLE reporting_obligations (
  tenant_id          text    NOT NULL,
  obligation_id      uuid    NOT NULL,
  report             text    NOT NULL,
  reporter_agency_id uuid,
  reporter_body      text,
  period             text,
  literal_due_date   date    NOT NULL,
  due_date           date    NOT NULL,
  from_date          date    NOT NULL,
  status             text    NOT NULL CHECK (status IN ('open', 'submitted', 'returned', 'accepted', 'withdrawn')),
  done_on            date,
  version            integer NOT NULL,
  view               jsonb   NOT NULL,
  PRIMARY KEY (tenant_id, obligation_id)
);
CREATE INDEX reporting_obligations_due_idx ON reporting_obligations (tenant_id, due_date);
CREATE INDEX reporting_obligations_agency_idx ON reporting_obligations (tenant_id, reporter_agency_id, due_date);

-- One row per consolidated report (báo cáo tổng hợp), its view as its events made it (consolidated.view.ts).
CREATE TABLE reporting_consolidated (
  tenant_id   text    NOT NULL,
  report_id   uuid    NOT NULL,
  status      text    NOT NULL CHECK (status IN ('drafted', 'circulated', 'submitted')),
  period      text    NOT NULL,
  drafted_on  date    NOT NULL,
  version     integer NOT NULL,
  view        jsonb   NOT NULL,
  PRIMARY KEY (tenant_id, report_id)
);

-- Files attached to reports, by SHA-256 per tenant (the kit's FileStore).
CREATE TABLE reporting_files (
  tenant_id     text        NOT NULL,
  content_hash  text        NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  media_type    text        NOT NULL,
  size_bytes    integer     NOT NULL,
  content       bytea       NOT NULL,
  stored_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, content_hash)
);

ALTER TABLE reporting_obligations ENABLE ROW LEVEL SECURITY;
ALTER TABLE reporting_obligations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON reporting_obligations USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE reporting_files ENABLE ROW LEVEL SECURITY;
ALTER TABLE reporting_files FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON reporting_files USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE reporting_consolidated ENABLE ROW LEVEL SECURITY;
ALTER TABLE reporting_consolidated FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON reporting_consolidated USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON reporting_obligations, reporting_consolidated, reporting_files TO bcd_reader;
