-- The signal service's schema exists from the start so that its owner is clear; decisions, votes,
-- the LLM call log, the journal and lessons arrive with the AI trend bots.
create table outbox (
    id          bigserial primary key,
    topic       text        not null,
    record_key  text        not null,
    event_id    uuid        not null,
    payload     bytea       not null,
    created_at  timestamptz not null default now()
);

create table processed_events (
    event_id     uuid primary key,
    processed_at timestamptz not null default now()
);
