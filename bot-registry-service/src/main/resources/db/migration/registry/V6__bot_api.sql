-- A deleted bot keeps its row and its history: it only leaves the owner's lists, reads and bot limit.
alter table bots add column deleted_at timestamptz;
-- A start in progress: set (with its time) before the budget is reserved at the allocation and cleared when the
-- bot runs or the start fails, so a change of the budget or a deletion cannot slip in between the two steps.
alter table bots add column start_pending_since timestamptz;
create index bots_live_by_user on bots (user_id, created_at, id) where deleted_at is null;

-- Who did what to which bot, and when; written in the transaction of the change itself. actor is the user's id,
-- or 'platform' for what the platform did on its own (a triggered stop, a released budget).
create table audit_entries (
    id       bigserial   primary key,
    bot_id   uuid        not null references bots (id),
    owner_id uuid        not null,
    actor    text        not null,
    action   text        not null check (action in ('CREATED', 'CHANGED', 'STARTED', 'STOP_REQUESTED', 'STOPPED', 'DELETED')),
    changes  jsonb,
    detail   text,
    at       timestamptz not null
);
create index audit_by_owner on audit_entries (owner_id, id);
create index audit_by_bot on audit_entries (bot_id, id);

-- Each bot's trading results, folded from the positions topic: every position change of a fill counts a trade,
-- one that realized a profit a win, one that realized a loss a loss.
create table bot_stats (
    bot_id       uuid    primary key,
    owner_id     uuid    not null,
    realized_pnl numeric not null,
    fees         numeric not null check (fees >= 0),
    trades       int     not null check (trades >= 0),
    wins         int     not null check (wins >= 0),
    losses       int     not null check (losses >= 0)
);
create index bot_stats_by_owner on bot_stats (owner_id);

-- The last position seen per bot and symbol: its totals, to tell a fill (something moved) from a protection change.
create table bot_position_totals (
    bot_id       uuid    not null,
    symbol       text    not null,
    side         text    not null,
    size         numeric not null,
    realized_pnl numeric not null,
    fees_paid    numeric not null,
    primary key (bot_id, symbol)
);
