-- The version of each tenant's `rulebook-regulations-<tenant>` stream: the ETag of its regulations, which
-- If-Match names when adopting or configuring. Filled from the events already stored, then kept by the
-- projection.
CREATE TABLE rulebook_versions (
  tenant_id text    PRIMARY KEY,
  version   integer NOT NULL
);
INSERT INTO rulebook_versions (tenant_id, version)
  SELECT tenant_id, max(stream_version) FROM events WHERE stream_id LIKE 'rulebook-regulations-%' GROUP BY tenant_id;

ALTER TABLE rulebook_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE rulebook_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON rulebook_versions USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON rulebook_versions TO bcd_reader;
