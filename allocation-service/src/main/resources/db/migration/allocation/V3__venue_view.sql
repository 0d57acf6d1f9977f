-- The user's equity at the venue as execution-service last read it (live trading), and when (the event time).
-- Absent on paper: the paper balance is the equity there.
alter table account add column venue_equity numeric check (venue_equity >= 0);
alter table account add column venue_equity_at timestamptz;

-- The latest order book seen per symbol (by the venue's timestamp), for the slippage estimate. Levels are
-- written "price qty" and joined by ",", best first.
create table order_book (
    symbol       text        primary key,
    observed_at  timestamptz not null,
    bids         text        not null,
    asks         text        not null
);

-- How each approval was sized: the expected slippage (null without a book), the fee estimate, the scale of the
-- approved quantity to the intent's, and what the estimate rests on. Null on approvals made before sizing existed.
alter table reservation add column expected_slippage_percent numeric;
alter table reservation add column estimated_fee numeric;
alter table reservation add column scale numeric check (scale > 0 and scale <= 1);
alter table reservation add column slippage_basis text;
