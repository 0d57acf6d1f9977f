-- Whose each bot is, as far as the allocation knows: learnt from every event of the bot lifecycle topic (BotCreated
-- when the bot is created, then its starts and stops; each carries the user) and from the registry's budget
-- reservations. A bot's owner never changes. POST /api/balance/check answers 404 for a bot known here as another
-- user's; a bot not known at all is answered as today (it may be the caller's own, created a moment ago).
create table bot_owners (
    bot_id  uuid primary key,
    user_id uuid not null
);

-- every bot that ever had a budget is known already
insert into bot_owners (bot_id, user_id) select bot_id, user_id from bot_budget;
