-- An adoption's pack may be revised: replaced by a corrected encoding of the same regulation
-- (`rulebook.AdoptedPackRevised`). The row keeps the revised pack; these say when and why.
ALTER TABLE rulebook_adoptions ADD COLUMN revised_at timestamptz;
ALTER TABLE rulebook_adoptions ADD COLUMN revision_reason text;
