-- Events waiting to be published; written in the same transaction as the state that caused them.
create table outbox (
    id          bigserial primary key,
    topic       text        not null,
    record_key  text        not null,
    event_id    uuid        not null,
    payload     bytea       not null,
    created_at  timestamptz not null default now()
);

-- Events this service has already handled: a redelivery finds its id here and changes nothing.
create table processed_events (
    event_id     uuid primary key,
    processed_at timestamptz not null default now()
);
