-- What each account's users were last told about a position mismatch (PositionMismatchDetected), per symbol: the pair
-- of sizes told. A run that finds the same pair again tells nothing; other sizes replace the row and are told; a run
-- that finds the symbol agreeing deletes the row, so a later difference is told anew.
create table position_mismatches_told (
    account     text        not null,
    symbol      text        not null,
    venue_size  numeric     not null,
    quorum_size numeric     not null,
    told_at     timestamptz not null,
    primary key (account, symbol)
);
