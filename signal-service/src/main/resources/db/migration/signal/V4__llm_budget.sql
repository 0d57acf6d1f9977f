-- The per-user daily LLM call budget. A day is the UTC date of the decision's event time (the candle close), never
-- the wall clock. One row per user and day: grants add to used only while used + asked <= the limit, in one
-- conditional update, so bots of one user deciding at once can never push used past the limit.
create table llm_budget_days (
    user_id     uuid        not null,
    day         date        not null,
    daily_limit int         not null check (daily_limit >= 0),
    used        int         not null default 0 check (used >= 0),
    -- the event time of the first refusal that day: set once, so the user is told once
    exhausted_at timestamptz,
    primary key (user_id, day)
);

-- What each bot was granted for one decision (or one loss review) at one event time: a redelivered candle finds its
-- grant here and is charged nothing more — nor refused anew. granted = 0 records a refusal.
create table llm_budget_grants (
    bot_id     uuid        not null,
    decided_at timestamptz not null,
    purpose    text        not null check (purpose in ('VOTE', 'LOSS_REVIEW')),
    user_id    uuid        not null,
    day        date        not null,
    asked      int         not null check (asked > 0),
    granted    int         not null check (granted = 0 or granted = asked),
    primary key (bot_id, decided_at, purpose)
);

-- The operator's per-user budgets, overriding quorum.signal.llm.daily-calls-per-user (set with SQL; 0 = no LLM calls).
create table llm_budget_overrides (
    user_id     uuid primary key,
    daily_calls int  not null check (daily_calls >= 0),
    note        text
);
