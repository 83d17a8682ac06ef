-- The login account (identity's user id) a person acts as, from PersonAccountLinked: null when none, and
-- again null once the person is erased (the erasure ends the link). An id, never personal data.
ALTER TABLE membership_people ADD COLUMN user_id uuid;
