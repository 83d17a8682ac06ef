-- The version of each tenant's and each user's stream: their ETags, which If-Match names when renaming
-- or merging a tenant, disabling a user, resetting a password or granting a role. Filled from the
-- events already stored, then kept by the projection.
ALTER TABLE tenancy_tenants ADD COLUMN version integer NOT NULL DEFAULT 0;
ALTER TABLE tenancy_users ADD COLUMN version integer NOT NULL DEFAULT 0;
UPDATE tenancy_tenants t SET version = v.version
  FROM (SELECT stream_id, max(stream_version) AS version FROM events WHERE stream_id LIKE 'tenancy-tenant-%' GROUP BY stream_id) v
  WHERE v.stream_id = 'tenancy-tenant-' || t.tenant_id;
UPDATE tenancy_users u SET version = v.version
  FROM (SELECT stream_id, max(stream_version) AS version FROM events WHERE stream_id LIKE 'tenancy-user-%' GROUP BY stream_id) v
  WHERE v.stream_id = 'tenancy-user-' || u.user_id::text;
