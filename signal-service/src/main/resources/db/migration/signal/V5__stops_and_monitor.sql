-- The venue-side stop-loss and take-profit the open position holds, as the latest PositionChanged says (null: none).
alter table positions add column stop_loss   numeric;
alter table positions add column take_profit numeric;

-- The stop-loss monitor fires at most once per trade: one row per bot and open trade (its opening time),
-- written in the transaction of the monitor's decision, so neither a redelivered candle nor the next candles
-- before the close is filled can trigger it again.
create table monitor_triggers (
    bot_id          uuid        not null,
    trade_opened_at timestamptz not null,
    decided_at      timestamptz not null,
    primary key (bot_id, trade_opened_at)
);
