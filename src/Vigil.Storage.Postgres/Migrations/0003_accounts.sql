-- Accounts and API tokens, as SQLite's 0003. Names are unique without regard to case (SQLite's
-- NOCASE): a unique index on lower(name).
CREATE TABLE users (
    name TEXT NOT NULL PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash TEXT NOT NULL,
    created TEXT NOT NULL,
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);
CREATE UNIQUE INDEX users_by_name ON users (lower(name));

CREATE TABLE api_tokens (
    name TEXT NOT NULL PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    token_hash TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    revoked TEXT
);
CREATE UNIQUE INDEX api_tokens_by_name ON api_tokens (lower(name));
