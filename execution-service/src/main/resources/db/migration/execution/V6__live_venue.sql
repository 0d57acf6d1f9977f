-- The live venue records an order as SUBMITTING before it calls Bybit, and OPEN / REJECTED after the answer:
-- the HTTP call never runs inside a transaction, and a crash in between leaves a row that says "look it up".
alter table venue_orders drop constraint venue_orders_status_check;
alter table venue_orders add constraint venue_orders_status_check
    check (status in ('SUBMITTING', 'OPEN', 'FILLED', 'CANCELLED', 'REJECTED'));
-- Bybit's own id of the order, once it answered (null on the paper venue).
alter table venue_orders add column venue_order_id text;
-- How much of the order has filled: a live order may fill in parts.
alter table venue_orders add column filled_qty numeric not null default 0;
create index venue_orders_submitting on venue_orders (bot_id) where status = 'SUBMITTING';

-- Every Bybit execution applied, by its execId: a fill read twice (two polls, a reconnect) is applied once.
create table venue_fills (
    exec_id         text        primary key,
    client_order_id text        not null references venue_orders (client_order_id),
    executed_at     timestamptz not null
);
