-- Each account's created and last-changed times (UTC), which the account grains now keep. Rows written before have
-- neither until the account's next change, which sets the changed time: the created time of an older account is unknown.
-- A username prefix search needs no index of its own: on text COLLATE "C" the primary key serves the range
-- [prefix, prefix || U+007F) in username order, and (role, username) the same with a role.
ALTER TABLE account_directory
    ADD COLUMN created_at timestamptz,
    ADD COLUMN changed_at timestamptz;
