-- Where each user wants to be told. A channel with enabled = false is kept but not used.
create table channel_settings (
    user_id            uuid primary key,
    slack_webhook_url  text,
    slack_enabled      boolean     not null default false,
    telegram_bot_token text,
    telegram_chat_id   text,
    telegram_enabled   boolean     not null default false,
    updated_at         timestamptz not null default now()
);

-- Names from BotStarted, so later events (fills, rejections, stops) can name the bot.
create table bot_names (
    bot_id  uuid primary key,
    user_id uuid not null,
    name    text not null
);

-- The history: one notification per event the user should hear about.
create table notifications (
    id          bigserial primary key,
    event_id    uuid        not null unique,
    user_id     uuid        not null,
    bot_id      uuid,
    kind        text        not null,
    text        text        not null,
    occurred_at timestamptz not null,
    created_at  timestamptz not null default now()
);
create index notifications_by_user on notifications (user_id, occurred_at desc, id desc);

-- One delivery per notification and enabled channel; unique (event_id, channel) makes it exactly once.
create table deliveries (
    id              bigserial primary key,
    notification_id bigint      not null references notifications (id),
    event_id        uuid        not null,
    user_id         uuid        not null,
    channel         text        not null check (channel in ('SLACK', 'TELEGRAM')),
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    delivered_at    timestamptz,
    unique (event_id, channel)
);
create index deliveries_due on deliveries (next_attempt_at) where status = 'PENDING';
create index deliveries_by_notification on deliveries (notification_id);
