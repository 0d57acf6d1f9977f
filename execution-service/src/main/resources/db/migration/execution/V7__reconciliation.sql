-- Reconciliation with the live venue, per Bybit account. An account is named by `account`: the first 16 hex digits of
-- the SHA-256 of its API key (never the key itself).

-- Where each account's execution reading stopped: the newest execution settled, per symbol ('*': the whole account,
-- as reconciliation reads it). A restart resumes from here instead of re-reading Bybit's whole seven-day window.
create table fill_cursors (
    account       text        not null,
    symbol        text        not null,
    settled_up_to timestamptz not null,
    primary key (account, symbol)
);

-- The last reconciliation of each account (operational times: the service's clock, not event time).
create table reconciliations (
    account      text        primary key,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    succeeded_at timestamptz,
    result       text        not null check (result in ('RUNNING', 'OK', 'MISMATCH', 'FAILED')),
    detail       text        not null,
    runs         bigint      not null
);

-- Orders on an account that Quorum did not place, each flagged to the user once and never touched.
create table foreign_orders (
    account        text        not null,
    venue_order_id text        not null,
    order_link_id  text        not null,
    symbol         text        not null,
    side           text        not null check (side in ('BUY', 'SELL')),
    quantity       numeric     not null,
    price          numeric,
    seen_in        text        not null check (seen_in in ('open-orders', 'executions')),
    detected_at    timestamptz not null,
    primary key (account, venue_order_id)
);

-- The venue's position per symbol against the sum of Quorum's bots' positions on the account, where they differ at the
-- last reconciliation (signed: long positive, short negative). Replaced by each run; never "fixed" by Quorum.
create table position_mismatches (
    account     text        not null,
    symbol      text        not null,
    venue_size  numeric     not null,
    quorum_size numeric     not null,
    detected_at timestamptz not null,
    primary key (account, symbol)
);

-- Approvals that arrived before their account's first reconciliation since start: kept (the envelope as JSON) and
-- placed, in arrival order, once the account is reconciled.
create table held_approvals (
    event_id uuid        primary key,
    account  text        not null,
    seq      bigserial,
    envelope bytea       not null,
    held_at  timestamptz not null
);
create index held_approvals_account on held_approvals (account, seq);
