-- A user and the SHA-256 of their API token; the token itself is shown once at sign-up and never stored.
create table users (
    id          uuid primary key,
    name        text        not null,
    email       text        not null,
    token_hash  text        not null unique,
    created_at  timestamptz not null
);
-- emails are stored lower-cased, so this also refuses the same address in another case
create unique index users_email_unique on users (email);

-- A bot and its settings; grid_* columns are set for grid bots only. numeric without a scale keeps money exact.
create table bots (
    id            uuid primary key,
    user_id       uuid        not null,
    name          text        not null,
    kind          text        not null,
    symbol        text        not null,
    budget        numeric     not null,
    leverage      int         not null,
    grid_lower    numeric,
    grid_upper    numeric,
    grid_count    int,
    grid_spacing  text,
    status        text        not null,
    status_reason text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index bots_by_user on bots (user_id, created_at);
