-- Every order this service ever sent to the venue. The two unique keys make "at most one venue
-- order per intent, ever" a database fact, whatever envelope the approval arrives in.
create table venue_orders (
    seq             bigserial   not null unique,
    client_order_id text        primary key,
    intent_id       uuid        not null unique,
    user_id         uuid        not null,
    bot_id          uuid        not null,
    symbol          text        not null,
    side            text        not null check (side in ('BUY', 'SELL')),
    order_type      text        not null check (order_type in ('LIMIT', 'MARKET')),
    limit_price     numeric,
    quantity        numeric     not null,
    leverage        int         not null,
    reduce_only     boolean     not null,
    status          text        not null check (status in ('OPEN', 'FILLED', 'CANCELLED', 'REJECTED')),
    fill_price      numeric,
    fee             numeric,
    liquidity       text,
    reason          text,
    placed_at       timestamptz not null,
    updated_at      timestamptz not null
);
create index venue_orders_user on venue_orders (user_id, placed_at desc);
create index venue_orders_open_by_bot on venue_orders (bot_id) where status = 'OPEN';

-- One row per fill: what GET /api/executions shows.
create table fills (
    seq             bigserial   primary key,
    client_order_id text        not null references venue_orders (client_order_id),
    intent_id       uuid        not null,
    user_id         uuid        not null,
    bot_id          uuid        not null,
    symbol          text        not null,
    side            text        not null,
    price           numeric     not null,
    quantity        numeric     not null,
    fee             numeric     not null,
    liquidity       text        not null,
    filled_at       timestamptz not null
);
create index fills_user on fills (user_id, filled_at desc);

-- Positions per bot and symbol: two bots of one user never net against each other.
create table positions (
    bot_id        uuid        not null,
    symbol        text        not null,
    user_id       uuid        not null,
    side          text        not null check (side in ('LONG', 'SHORT', 'FLAT')),
    size          numeric     not null,
    entry_price   numeric,
    leverage      int         not null,
    realized_pnl  numeric     not null,
    fees_paid     numeric     not null,
    updated_at    timestamptz not null,
    primary key (bot_id, symbol)
);
create index positions_user on positions (user_id);

-- The paper venue's clock and last price per symbol, from the ticks it has processed.
create table market_marks (
    symbol        text        primary key,
    last_price    numeric     not null,
    last_tick_at  timestamptz not null
);
