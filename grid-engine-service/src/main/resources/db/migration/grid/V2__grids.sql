-- One grid per grid bot. status: ACTIVE, CANNOT_RUN (reason says why), STOPPED.
create table grids (
    bot_id           uuid primary key,
    user_id          uuid        not null,
    symbol           text        not null,
    leverage         int         not null,
    lower_price      numeric     not null,
    upper_price      numeric     not null,
    grid_count       int         not null,
    spacing          text        not null,
    budget           numeric     not null,
    status           text        not null,
    reason           text,
    -- false until the first tick after the start has placed the initial buys
    armed            boolean     not null,
    realized_profit  numeric     not null,
    buy_fills        int         not null,
    sell_fills       int         not null,
    completed_cycles int         not null,
    fees_paid        numeric     not null,
    started_at       timestamptz not null
);
create index grids_by_symbol on grids (symbol, status);

-- Slot i buys at level i and sells at level i+1. The book_* columns hold the current cycle's actual fills.
create table grid_slots (
    bot_id             uuid    not null references grids (bot_id),
    slot               int     not null,
    buy_price          numeric not null,
    sell_price         numeric not null,
    quantity           numeric not null,
    state              text    not null,
    round              int     not null,
    intent_id          uuid,
    book_bought        numeric not null,
    book_buy_cost      numeric not null,
    book_buy_fees      numeric not null,
    book_sold          numeric not null,
    book_sell_proceeds numeric not null,
    book_sell_fees     numeric not null,
    primary key (bot_id, slot)
);
create index grid_slots_by_intent on grid_slots (intent_id);

-- Every state change of every slot, at its event time: the grid's history for the API and for audits.
create table slot_transitions (
    id          bigserial primary key,
    bot_id      uuid        not null,
    slot        int         not null,
    from_state  text,
    to_state    text        not null,
    occurred_at timestamptz not null,
    intent_id   uuid,
    round       int         not null
);
create index slot_transitions_by_bot on slot_transitions (bot_id, id);

-- The event time and price of the latest tick per symbol: older ticks are ignored, crossings compare to it.
create table market_clock (
    symbol       text primary key,
    last_tick_at timestamptz not null,
    last_price   numeric     not null
);
