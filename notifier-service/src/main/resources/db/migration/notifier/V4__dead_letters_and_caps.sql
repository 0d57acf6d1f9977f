-- Dead letters, the per-minute cap's index, and where each user's Telegram commands were read up to.

-- A delivery that failed for good (retries spent, or its channel switched off): what the user was not told, kept
-- for the user (GET /api/notifications/dead-letters) and the operator to read.
create table dead_letters (
    id              bigserial primary key,
    delivery_id     bigint      not null unique references deliveries (id),
    notification_id bigint      not null references notifications (id),
    event_id        uuid        not null,
    user_id         uuid        not null,
    channel         text        not null,
    kind            text        not null,
    text            text        not null,
    attempts        int         not null,
    last_error      text,
    failed_at       timestamptz not null default now()
);
create index dead_letters_by_user on dead_letters (user_id, failed_at desc, id desc);

-- The per-minute cap counts each user's recent messages per channel.
create index deliveries_recent_by_user on deliveries (user_id, channel, delivered_at) where status = 'DELIVERED';

-- The last Telegram update whose command was answered, per user; the token is kept as its SHA-256 only, so a new
-- token starts from Telegram's oldest unconfirmed update.
create table telegram_offsets (
    user_id        uuid primary key,
    token_sha256   text        not null,
    last_update_id bigint      not null,
    updated_at     timestamptz not null default now()
);
