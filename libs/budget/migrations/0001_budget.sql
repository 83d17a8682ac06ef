-- Read model of the budget context, kept by the projection `budget-read-model`
-- (libs/budget/src/read-model/budget.projection.ts). Applied by the event store's migration runner with the
-- table `budget_schema_migrations`.

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- One row per budget (a fiscal year held by one agency): the columns lists filter on, and the whole view as its
-- events made it (read-model/budget.view.ts). Amounts live in the view as decimal strings: exact at any size.
CREATE TABLE budget_years (
  tenant_id         text    NOT NULL,
  budget_id         uuid    NOT NULL,
  fiscal_year       integer NOT NULL,
  holder_agency_id  uuid    NOT NULL,
  stage             text    NOT NULL CHECK (stage IN ('drafting', 'submitted', 'appraised', 'appropriated', 'settlement-submitted', 'settled')),
  version           integer NOT NULL,
  view              jsonb   NOT NULL,
  PRIMARY KEY (tenant_id, budget_id)
);
CREATE INDEX budget_years_year_idx ON budget_years (tenant_id, fiscal_year);

ALTER TABLE budget_years ENABLE ROW LEVEL SECURITY;
ALTER TABLE budget_years FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON budget_years USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON budget_years TO bcd_reader;
