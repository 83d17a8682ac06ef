-- The transparency log of every tenant (libs/projections/src/transparency, README "Transparency log"), kept by
-- the projection `projections-transparency`: one RFC 6962 tree per tenant whose leaves commit to its events in
-- log order, the perfect subtrees proofs are served from, the compact state appends start from, and the
-- checkpoints signed (C2SP tlog-checkpoint). Applied by the event store's migration runner with the table
-- `projections_schema_migrations`. Written by the projection only; rows are never updated or deleted.

DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bcd_reader') THEN CREATE ROLE bcd_reader NOLOGIN; END IF; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

-- One row per logged event: leaf `leaf_index` of its tenant's tree is SHA-256(0x00 ‖ leaf(event)) (the level-0
-- nodes of the tree). One leaf per event, whatever a replayed batch brings again.
CREATE TABLE projections_tlog_leaves (
  tenant_id       text   NOT NULL,
  leaf_index      bigint NOT NULL CHECK (leaf_index >= 0),
  global_position bigint NOT NULL,
  transaction_id  xid8   NOT NULL,
  event_id        uuid   NOT NULL,
  leaf_hash       bytea  NOT NULL CHECK (octet_length(leaf_hash) = 32),
  PRIMARY KEY (tenant_id, leaf_index),
  CONSTRAINT projections_tlog_leaves_position_key UNIQUE (global_position),
  CONSTRAINT projections_tlog_leaves_event_key UNIQUE (tenant_id, event_id)
);

-- The perfect subtrees above the leaves (level ≥ 1): node (level, node_index) covers leaves
-- node_index·2^level … (node_index + 1)·2^level − 1. Stored as each append completes them; proofs read them.
CREATE TABLE projections_tlog_nodes (
  tenant_id  text     NOT NULL,
  level      smallint NOT NULL CHECK (level BETWEEN 1 AND 63),
  node_index bigint   NOT NULL CHECK (node_index >= 0),
  hash       bytea    NOT NULL CHECK (octet_length(hash) = 32),
  PRIMARY KEY (tenant_id, level, node_index)
);

-- Each tenant's compact tree state: its size and one subtree hash per set bit of it (base64, largest first).
CREATE TABLE projections_tlog_trees (
  tenant_id text   PRIMARY KEY,
  tree_size bigint NOT NULL CHECK (tree_size >= 0),
  subtrees  jsonb  NOT NULL
);

-- Every checkpoint signed: the signed note verbatim. The last one of an origin is what the next must extend.
CREATE TABLE projections_tlog_checkpoints (
  tenant_id text        NOT NULL,
  origin    text        NOT NULL,
  tree_size bigint      NOT NULL CHECK (tree_size >= 0),
  root_hash bytea       NOT NULL CHECK (octet_length(root_hash) = 32),
  note      text        NOT NULL,
  signed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, origin, tree_size)
);

ALTER TABLE projections_tlog_leaves ENABLE ROW LEVEL SECURITY;
ALTER TABLE projections_tlog_leaves FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON projections_tlog_leaves USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE projections_tlog_nodes ENABLE ROW LEVEL SECURITY;
ALTER TABLE projections_tlog_nodes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON projections_tlog_nodes USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE projections_tlog_trees ENABLE ROW LEVEL SECURITY;
ALTER TABLE projections_tlog_trees FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON projections_tlog_trees USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
ALTER TABLE projections_tlog_checkpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE projections_tlog_checkpoints FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON projections_tlog_checkpoints USING (current_setting('bcd.platform_access', true) = 'on' OR tenant_id = ANY (string_to_array(current_setting('bcd.tenant_ids', true), ',')));
GRANT SELECT ON projections_tlog_leaves, projections_tlog_nodes, projections_tlog_trees, projections_tlog_checkpoints TO bcd_reader;
