-- Closed candles of every interval. Prices and volumes are exact decimals, never floating point.
create table candles (
    symbol          text        not null,
    candle_interval text        not null,   -- wire label: 1m, 5m, 15m, 1h, 4h
    open_time       timestamptz not null,
    open            numeric     not null,
    high            numeric     not null,
    low             numeric     not null,
    close           numeric     not null,
    volume          numeric     not null,
    constraint candles_pk primary key (symbol, candle_interval, open_time)
);

-- Where the replay stands: the open time of the last 1m candle fully recorded per symbol.
-- Written in the same transaction as that candle, so a restart resumes right after it.
create table replay_cursor (
    symbol         text primary key,
    last_open_time timestamptz not null
);
