-- KPIs (libs/projections/src/kpis, README "KPIs") read the tenant state from time travel's snapshots; these serve
-- the rest of a KPI page:
-- - `refs`: the ids an event's data names (`itemId:…`, `meetingId:…`: domain/kpis/kpi.ts eventRefs), so that a
--   KPI's drill-down (the events behind its value) is one indexed query, not a read of the tenant's history;
-- - `kpi_answers`: a tenant's KPI page for a period as computed from the events time travel had kept up to its
--   head (transaction_id, global_position), by the catalogue of version `catalogue_version`. A KPI page is a
--   function of exactly those, so an answer stays right until the head moves; the query writes it after computing
--   it (ReadModelDatabase.writeFor) and a rebuild starts it empty.

ALTER TABLE time_travel_events ADD COLUMN refs text[] NOT NULL DEFAULT '{}';
CREATE INDEX time_travel_events_refs_idx ON time_travel_events USING gin (refs);

CREATE TABLE kpi_answers (
  tenant_id         text    NOT NULL,
  period            text    NOT NULL,
  catalogue_version integer NOT NULL,
  transaction_id    bigint  NOT NULL,
  global_position   bigint  NOT NULL,
  answer            jsonb   NOT NULL,
  PRIMARY KEY (tenant_id, period)
);

ALTER TABLE kpi_answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE kpi_answers FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON kpi_answers USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON kpi_answers TO bcd_reader;
