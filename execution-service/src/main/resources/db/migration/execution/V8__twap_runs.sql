-- A market order executed as a TWAP: the parent order is one row of venue_orders (its intent, its client order id,
-- OPEN until its last slice filled or the rest was cancelled); the run says how it is cut and how far it got.
create table twap_runs (
    intent_id        uuid        primary key,
    client_order_id  text        not null unique references venue_orders (client_order_id),
    user_id          uuid        not null,
    bot_id           uuid        not null,
    symbol           text        not null,
    side             text        not null check (side in ('BUY', 'SELL')),
    reduce_only      boolean     not null,
    total_qty        numeric     not null,
    slice_qty        numeric     not null,
    filled_qty       numeric     not null,
    slices_planned   int         not null check (slices_planned >= 2),
    slices_sent      int         not null check (slices_sent between 0 and slices_planned),
    slice_interval_ms bigint     not null check (slice_interval_ms >= 0),
    started_at       timestamptz not null,
    -- event time at which the next slice is due; null once the run ended
    next_due_at      timestamptz,
    status           text        not null check (status in ('RUNNING', 'DONE', 'CANCELLED')),
    reason           text,
    updated_at       timestamptz not null
);
create index twap_runs_due on twap_runs (symbol, next_due_at) where status = 'RUNNING';
create index twap_runs_running_by_bot on twap_runs (bot_id) where status = 'RUNNING';

-- Every slice sent, under its own orderLinkId (the parent's id plus "-<slice number>"): the primary key and the
-- (run, number) key make "no slice sent twice" a database fact across redeliveries and restarts.
create table twap_slices (
    client_order_id  text        primary key,
    intent_id        uuid        not null references twap_runs (intent_id),
    slice_no         int         not null,
    quantity         numeric     not null,
    price            numeric     not null,
    fee              numeric     not null,
    sent_at          timestamptz not null,
    unique (intent_id, slice_no)
);

-- The TWAP shape a strategy asked for travels with the order (OrderSpec.twap), so every event of the parent order
-- carries the order as approved; null for every other order (and for one sliced only because of its size).
alter table venue_orders add column twap_duration_seconds bigint;
alter table venue_orders add column twap_slices int;
