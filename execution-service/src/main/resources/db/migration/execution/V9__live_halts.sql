-- A live halt is retried until Bybit confirms the bot clean (no open order of its own, its positions closed): the
-- halt event is kept here from its first delivery until the transaction that publishes BotOrdersCleared deletes it,
-- so a restart or a long Bybit outage loses none, and the bot is reported stopped only once confirmed.
create table pending_halts (
    halt_event_id   uuid        primary key,
    user_id         uuid        not null,
    bot_id          uuid        not null,
    envelope        text        not null,  -- the BotTradingHalted envelope as delivered (the contracts' JSON)
    attempts        int         not null default 0,
    failures        int         not null default 0,
    close_round     int         not null default 0,
    next_attempt_at timestamptz not null,
    last_failure    text,
    stalled_alerted boolean     not null default false,
    received_at     timestamptz not null
);
create index pending_halts_due on pending_halts (next_attempt_at);
