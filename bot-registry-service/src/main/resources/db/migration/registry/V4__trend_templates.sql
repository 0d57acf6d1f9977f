-- AI trend bot templates: seed data shared by every user. Percentages are numeric (2.5 = 2.5 %), exact;
-- a threshold is an exact fraction of the voters asked, "2/3" (at least) or ">1/2" (more than).
create table templates (
    id                        text primary key,
    name                      text      not null,
    description               text      not null,
    decision_interval         text      not null,
    context_intervals         text[]    not null,
    indicators                text[]    not null,
    risk_percent              numeric   not null check (risk_percent > 0 and risk_percent <= 100),
    max_loss_percent          numeric   not null check (max_loss_percent > 0 and max_loss_percent <= 100),
    leverage_min              int       not null check (leverage_min >= 1),
    leverage_max              int       not null check (leverage_max >= leverage_min and leverage_max <= 20),
    take_profit_min           numeric   not null,
    take_profit_max           numeric   not null,
    take_profit_fallback      numeric   not null,
    stop_loss_min             numeric   not null,
    stop_loss_max             numeric   not null,
    stop_loss_fallback        numeric   not null,
    stop_loss_monitor_percent numeric   not null check (stop_loss_monitor_percent < 0),
    threshold_long            text      not null,
    threshold_short           text      not null,
    threshold_close           text      not null,
    threshold_dca             text      not null,
    threshold_stop_loss       text      not null,
    voters                    text[]    not null,
    sort_order                int       not null
);

insert into templates values
    ('conservative-trend', 'Conservative trend',
     'Follows the trend of 15m candles confirmed by 1h and 4h: 1 % of the budget at risk per trade, leverage 1-3, '
         || 'two of three voters to open, all three to add to a position.',
     '15m', '{15m,1h,4h}', '{rsi-14,ema-9,ema-21,ema-50}',
     1, 20, 1, 3, 1, 6, 3, 0.5, 3, 1.5, -10,
     '2/3', '2/3', '>1/2', '3/3', '1/3',
     '{ema-cross,rsi-bands,llm:default}', 1),
    ('aggressive-trend', 'Aggressive trend',
     'Trades 15m momentum with 1h and 4h context: 2.5 % of the budget at risk per trade, leverage 2-10, '
         || 'a majority of voters to open, wider targets.',
     '15m', '{15m,1h,4h}', '{rsi-14,ema-9,ema-21}',
     2.5, 40, 2, 10, 1.5, 12, 5, 0.5, 5, 2, -10,
     '>1/2', '>1/2', '>1/2', '2/3', '1/3',
     '{ema-cross,rsi-bands,llm:default}', 2);

-- An AI trend bot names its template and keeps the settings resolved from it when it was created
-- (the contracts' TrendSpec JSON), so a later change of the template never changes a bot in flight.
alter table bots add column template_id text references templates (id);
alter table bots add column trend       jsonb;
