-- Whose each bot is, as the bot lifecycle topic tells it (every lifecycle event names the bot and its user). The lists
-- that take ?botId= answer 404 for a bot that is not the caller's; a bot's orders and positions also show whose it is.
create table bot_owners (
    bot_id  uuid primary key,
    user_id uuid not null
);
