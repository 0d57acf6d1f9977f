-- AI trend bots as the lifecycle topic announced them; the TrendSpec is kept as its published JSON.
create table ai_bots (
    bot_id      uuid primary key,
    user_id     uuid        not null,
    name        text        not null,
    symbol      text        not null,
    budget      numeric     not null,
    leverage    int         not null,
    trend       text        not null,
    status      text        not null check (status in ('RUNNING', 'STOPPED')),
    started_at  timestamptz not null,
    stopped_at  timestamptz
);
create index ai_bots_running on ai_bots (symbol) where status = 'RUNNING';

-- Closed candles per symbol and interval; only a recent window is kept (see Candles.KEEP).
create table candles (
    symbol     text        not null,
    interval   text        not null,
    open_time  timestamptz not null,
    close_time timestamptz not null,
    open       numeric     not null,
    high       numeric     not null,
    low        numeric     not null,
    close      numeric     not null,
    volume     numeric     not null,
    primary key (symbol, interval, open_time)
);

-- The latest position of each bot, from PositionChanged.
create table positions (
    bot_id       uuid primary key,
    user_id      uuid        not null,
    symbol       text        not null,
    side         text        not null check (side in ('LONG', 'SHORT', 'FLAT')),
    size         numeric     not null,
    entry_price  numeric,
    leverage     int         not null,
    realized_pnl numeric     not null,
    changed_at   timestamptz not null
);

-- Every decision, once per bot and candle: the unique key is what makes a redelivered candle decide nothing twice.
create table decisions (
    decision_id      uuid primary key,
    bot_id           uuid        not null,
    user_id          uuid        not null,
    symbol           text        not null,
    candle_closed_at timestamptz not null,
    action           text        not null,
    reason           text        not null,
    technical_only   boolean     not null,
    tally            text        not null,
    required         text        not null,
    intent_id        uuid,
    order_side       text,
    order_type       text,
    limit_price      numeric,
    quantity         numeric,
    leverage         int,
    take_profit      numeric,
    stop_loss        numeric,
    unique (bot_id, candle_closed_at)
);
create index decisions_by_bot on decisions (bot_id, candle_closed_at desc);

create table decision_votes (
    decision_id     uuid    not null references decisions (decision_id),
    seat            int     not null,
    voter           text    not null,
    voter_kind      text    not null,
    action          text,
    abstention      text,
    confidence      numeric,
    explanation     text,
    take_profit     numeric,
    stop_loss       numeric,
    leverage        int,
    close_now       boolean not null,
    update_existing boolean not null,
    primary key (decision_id, seat)
);

-- Every call to a language model: what was asked, what came back, how long it took. Never the key.
create table llm_calls (
    id                bigserial primary key,
    bot_id            uuid        not null,
    voter             text        not null,
    provider          text        not null,
    model             text        not null,
    decided_at        timestamptz not null,
    prompt            text        not null,
    response          text,
    error             text,
    latency_ms        bigint      not null,
    prompt_tokens     int,
    completion_tokens int,
    outcome           text        not null,
    replayed          boolean     not null,
    recorded_at       timestamptz not null default now()
);
create index llm_calls_by_decision on llm_calls (bot_id, decided_at, provider);
