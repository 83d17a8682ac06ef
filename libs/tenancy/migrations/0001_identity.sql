-- Read models of the identity and tenancy context, kept by the projection `tenancy-read-model`
-- (libs/tenancy/src/read-model/projection.ts), and the credential table (write side, not a read model).
-- Applied by the event store's migration runner with the table `tenancy_schema_migrations`.

-- The role read-model queries run as (SET LOCAL ROLE bcd_reader inside their transaction):
-- superusers and table owners bypass row-level security, bcd_reader owns nothing.
-- One line: the migration runner splits statements on a semicolon at the end of a line.
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- Tenants (provinces). tenant_id is the code; a merged tenant keeps its row (and code) for ever.
CREATE TABLE tenancy_tenants (
  tenant_id          text        PRIMARY KEY,
  name               text        NOT NULL,
  status             text        NOT NULL CHECK (status IN ('active', 'merged')),
  merged_into        text,
  merge_effective_at timestamptz,
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL
);
CREATE INDEX tenancy_tenants_merged_into_idx ON tenancy_tenants (merged_into);

-- Users are platform-level: their rows belong to the pseudo-tenant 'platform' (platform roles only).
CREATE TABLE tenancy_users (
  tenant_id      text        NOT NULL DEFAULT 'platform',
  user_id        uuid        PRIMARY KEY,
  username       text        NOT NULL UNIQUE,
  display_name   text        NOT NULL,
  disabled       boolean     NOT NULL DEFAULT false,
  platform_roles text[]      NOT NULL DEFAULT '{}',
  created_at     timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL
);

-- Who holds which roles in a tenant (user facts copied in, so a tenant's reads need no platform row).
CREATE TABLE tenancy_members (
  tenant_id    text        NOT NULL,
  user_id      uuid        NOT NULL,
  username     text        NOT NULL,
  display_name text        NOT NULL,
  disabled     boolean     NOT NULL,
  roles        text[]      NOT NULL,
  updated_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX tenancy_members_user_idx ON tenancy_members (user_id);

-- Who granted what to whom, and when, per tenant; plus the tenant's own lifecycle (created, renamed, merged).
CREATE TABLE tenancy_access_log (
  tenant_id       text        NOT NULL,
  event_id        uuid        NOT NULL,
  global_position bigint      NOT NULL,
  type            text        NOT NULL,
  user_id         uuid,
  username        text,
  role            text,
  detail          jsonb       NOT NULL DEFAULT '{}'::jsonb,
  actor           jsonb,
  occurred_at     timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, event_id)
);
CREATE INDEX tenancy_access_log_order_idx ON tenancy_access_log (tenant_id, global_position);

-- Row-level security: the second wall under the application's checks. See libs/auth/src/tenant-scope-sql.ts.
ALTER TABLE tenancy_tenants ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy_tenants FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy_tenants USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE tenancy_users ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy_users FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy_users USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE tenancy_members ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy_members FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy_members USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE tenancy_access_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy_access_log FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy_access_log USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON tenancy_tenants, tenancy_users, tenancy_members, tenancy_access_log TO bcd_reader;

-- Password hashes (Argon2id, PHC strings), one row per user. Not an event payload and not a read
-- model: bcd_reader has no grant on it, so no read-model query can reach it.
CREATE TABLE tenancy_credentials (
  user_id       uuid        PRIMARY KEY,
  password_hash text        NOT NULL,
  updated_at    timestamptz NOT NULL
);
REVOKE ALL ON tenancy_credentials FROM PUBLIC;
