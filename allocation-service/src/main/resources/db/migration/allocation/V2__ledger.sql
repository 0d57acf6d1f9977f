-- One paper account per user, created the first time the user's money is touched.
create table account (
    user_id     uuid primary key,
    balance     numeric     not null,
    created_at  timestamptz not null default now()
);

-- The slice of a user's balance each bot runs on, and what the bot has done with it in its current run.
create table bot_budget (
    bot_id         uuid primary key,
    user_id        uuid    not null references account (user_id),
    amount         numeric not null check (amount > 0),
    reserved       numeric not null check (reserved >= 0),
    margin_in_use  numeric not null check (margin_in_use >= 0),
    realized_pnl   numeric not null,
    fees           numeric not null check (fees >= 0),
    status         text    not null check (status in ('RESERVED', 'HALTING', 'RELEASED'))
);
create index bot_budget_user on bot_budget (user_id);

-- What each approved order holds back from its bot's budget until it fills, is cancelled or is refused.
create table reservation (
    intent_id  uuid primary key,
    bot_id     uuid    not null references bot_budget (bot_id),
    amount     numeric not null check (amount >= 0),
    remaining  numeric not null check (remaining >= 0 and remaining <= amount),
    open       boolean not null
);
create index reservation_open_by_bot on reservation (bot_id) where open;

-- Each bot's long position per symbol, to know the margin it ties up and the profit a reducing fill realizes.
create table position (
    bot_id    uuid    not null references bot_budget (bot_id),
    symbol    text    not null,
    qty       numeric not null check (qty >= 0),
    cost      numeric not null check (cost >= 0),
    margin    numeric not null check (margin >= 0),
    leverage  int     not null check (leverage between 1 and 20),
    primary key (bot_id, symbol)
);
