-- The grid's optional settings (null when absent), and its running time in event time:
-- first_tick_at is the first tick after the start, ended_at the latest tick when it exited or stopped.
alter table grids
    add column investment        numeric,
    add column trigger_price     numeric,
    add column stop_loss_price   numeric,
    add column take_profit_price numeric,
    add column first_tick_at     timestamptz,
    add column ended_at          timestamptz;

-- Every fill a grid took, at its event time: the grid's recent activity (fills and cycles in the last 24 h).
create table grid_fills (
    id              bigserial primary key,
    bot_id          uuid        not null,
    slot            int         not null,
    side            text        not null,
    occurred_at     timestamptz not null,
    completed_cycle boolean     not null
);
create index grid_fills_by_bot on grid_fills (bot_id, occurred_at);
