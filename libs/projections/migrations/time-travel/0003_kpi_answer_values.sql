-- The ranking across tenants needs each kept page's values only, not its drill-down (the ids of every event behind
-- each value, which grows with the history): `kpi_values` holds `[{id, value}]` of the page in `answer`, written
-- with it. The table is a cache (0002): emptied here rather than given a made-up default, every page is computed
-- again when first asked.
DELETE FROM kpi_answers;
ALTER TABLE kpi_answers ADD COLUMN kpi_values jsonb NOT NULL;
