-- The listable index of stored accounts (the accounts themselves are grain state); no password hash, no stamp.
-- Usernames compare byte-wise (COLLATE "C"), as the keyset paging and the in-memory directory order them.
CREATE TABLE account_directory
(
    username  text COLLATE "C" PRIMARY KEY,
    role      text    NOT NULL,
    disabled  boolean NOT NULL,
    driver_id text
);

CREATE INDEX account_directory_role ON account_directory (role, username);
