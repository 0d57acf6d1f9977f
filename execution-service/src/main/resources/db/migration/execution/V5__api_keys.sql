-- Users' Bybit API keys, encrypted at rest (package keys). Each user has one random data key, stored only
-- wrapped (AES-256-GCM) by a master key that never reaches the database; master_key_id says which one.
create table data_keys (
    user_id       uuid        primary key,
    master_key_id text        not null,
    wrapped_key   bytea       not null,
    created_at    timestamptz not null,
    rewrapped_at  timestamptz
);
-- the rotation looks for data keys still wrapped by a retired master key
create index data_keys_master_key on data_keys (master_key_id);

-- One key set per user and venue; the key and the secret sealed with the user's data key.
create table api_key_sets (
    user_id     uuid        not null references data_keys (user_id),
    venue       text        not null check (venue in ('DEMO', 'TESTNET', 'MAINNET')),
    label       text        not null,
    api_key     bytea       not null,
    api_secret  bytea       not null,
    fingerprint text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    primary key (user_id, venue)
);
