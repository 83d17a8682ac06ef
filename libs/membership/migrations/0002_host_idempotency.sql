-- Idempotency-Key records now live in the host kit's one table for every context
-- (host_idempotency_keys, libs/service-host/migrations); erasing a person deletes the ones mentioning
-- them there (IdempotencyStore.forget). Membership's own table goes.
DROP TABLE IF EXISTS membership_idempotency;
