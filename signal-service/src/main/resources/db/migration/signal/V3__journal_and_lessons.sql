-- What a trade needs from the position it grew out of: the fees paid so far, when the open position began, and
-- the running totals at that moment, so a close knows the trade's own result.
alter table positions add column fees_paid       numeric not null default 0;
alter table positions add column trade_opened_at timestamptz;
alter table positions add column trade_start_pnl  numeric not null default 0;
alter table positions add column trade_start_fees numeric not null default 0;

-- One row per closed trade of an AI bot (open position → FLAT); result = realized PnL change − fees change.
-- review: PENDING until the loss review ran, then what came of it (a lesson, a failure, not needed).
create table journal_trades (
    id             bigserial primary key,
    bot_id         uuid        not null,
    user_id        uuid        not null,
    symbol         text        not null,
    side           text        not null check (side in ('LONG', 'SHORT')),
    entry_price    numeric,
    opened_at      timestamptz not null,
    closed_at      timestamptz not null,
    realized_pnl   numeric     not null,
    fees           numeric     not null,
    result         numeric     not null,
    event_id       uuid        not null,
    review_status  text        not null check (review_status in ('PENDING', 'LESSON', 'FAILED', 'NOT_NEEDED', 'NO_REVIEWER')),
    review_note    text,
    unique (bot_id, closed_at)
);
create index journal_trades_by_bot on journal_trades (bot_id, closed_at desc);
-- every position change looks for a review its close left to do
create index journal_trades_pending on journal_trades (event_id) where review_status = 'PENDING';

-- Lessons of losing trades, for the bot and symbol only, until they expire (event time).
create table lessons (
    id          bigserial primary key,
    trade_id    bigint      not null unique references journal_trades (id),
    bot_id      uuid        not null,
    symbol      text        not null,
    text        text        not null,
    learnt_at   timestamptz not null,
    expires_at  timestamptz not null
);
create index lessons_by_bot on lessons (bot_id, symbol, learnt_at desc);

-- Calls made for a loss review share the call log with the votes.
alter table llm_calls add column purpose text not null default 'VOTE';
