-- Sign-ups per client address (the address the gateway forwards in X-Quorum-Client-Address), shared by every gateway
-- and registry instance and kept across restarts (see README, Sign-up and account enumeration). One row per address:
-- the token bucket kept as the generic cell rate algorithm, i.e. only the moment at which the address's bucket is full
-- again. A row whose moment has passed says nothing more than no row, and the attempts pruning deletes it.
create table sign_up_attempts (
    client_address  text        primary key,
    full_at         timestamptz not null,
    last_attempt_at timestamptz not null
);
create index sign_up_attempts_by_full_at on sign_up_attempts (full_at);

-- Ids of consumed events are deleted once no topic the registry consumes can deliver the event again (see README,
-- Pruning); the pruning finds them by when they were processed.
create index processed_events_by_processed_at on processed_events (processed_at);
