-- Whether the registry's start of a bot's run took place (see README, Reserve): a reservation the registry may have
-- stopped waiting for stays unconfirmed until BotStarted of the bot arrives on the lifecycle topic. An unconfirmed
-- reservation is the next start's to take over (whatever its amount), and one left unconfirmed for the grace period
-- is released. A budget without a row here (all budgets before this migration) counts as confirmed.
create table budget_start (
    bot_id       uuid        primary key references bot_budget (bot_id),
    reserved_at  timestamptz not null,
    confirmed_at timestamptz
);
create index budget_start_unconfirmed on budget_start (reserved_at) where confirmed_at is null;
