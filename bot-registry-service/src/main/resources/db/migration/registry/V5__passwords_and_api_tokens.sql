-- Passwords (Argon2id, encoded with their parameters), any number of named, revocable API tokens per user, and
-- users known through an external OpenID Connect issuer.
alter table users add column password_hash text;
-- a user of an external issuer has neither an email nor a password here; the unique index still holds for the rest
alter table users alter column email drop not null;

-- Only each token's SHA-256 is stored; the token itself is shown once, when it is made.
create table api_tokens (
    id           uuid primary key,
    user_id      uuid        not null references users (id),
    name         text        not null,
    token_hash   text        not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_tokens_by_user on api_tokens (user_id, created_at);

-- every user's sign-up token so far becomes their first named token
insert into api_tokens (id, user_id, name, token_hash, created_at)
select gen_random_uuid(), id, 'sign-up', token_hash, created_at from users;
alter table users drop column token_hash;

-- Which Quorum user a subject ("sub") of an external issuer is; created on first sight.
create table external_identities (
    issuer     text        not null,
    subject    text        not null,
    user_id    uuid        not null references users (id),
    created_at timestamptz not null,
    primary key (issuer, subject)
);
