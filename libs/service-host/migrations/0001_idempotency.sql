-- Idempotency-Key records of every context (libs/service-host/src/http/idempotency.ts): the first
-- answer to a POST with a key, kept for 24 hours for replay. Keys are scoped to the tenant and the
-- user who sent them. Not readable by bcd_reader: answers may hold personal data, and erasing a person
-- deletes the records whose request or answer mentioned their id (`mentions`).
CREATE TABLE IF NOT EXISTS host_idempotency_keys (
  tenant_id   text        NOT NULL,
  user_id     text        NOT NULL,
  key         text        NOT NULL,
  -- HMAC-SHA256 of method, path and canonical JSON body, keyed by a key derived from JWT_SECRET
  fingerprint text        NOT NULL,
  -- null while the first request runs
  status      integer,
  body        jsonb,
  headers     jsonb,
  mentions    uuid[]      NOT NULL DEFAULT '{}',
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, user_id, key)
);
CREATE INDEX IF NOT EXISTS host_idempotency_keys_created_at ON host_idempotency_keys (created_at);
CREATE INDEX IF NOT EXISTS host_idempotency_keys_mentions ON host_idempotency_keys USING gin (mentions);
