-- Reads of one context's events (`typePrefix: 'membership.'`: projections, folds, subscriptions) in global
-- order: with this index they touch only that namespace's rows, however many events of other contexts
-- came since, instead of filtering every later row.
CREATE INDEX IF NOT EXISTS events_namespace_order_idx ON events (split_part(type, '.', 1), transaction_id, global_position);
