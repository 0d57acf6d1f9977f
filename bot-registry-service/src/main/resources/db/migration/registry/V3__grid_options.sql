-- A grid's optional entry and exits, and the part of the budget it trades with; null = not set
-- (no trigger, no stop-loss, no take-profit, the whole budget).
alter table bots add column grid_investment        numeric;
alter table bots add column grid_trigger_price     numeric;
alter table bots add column grid_stop_loss_price   numeric;
alter table bots add column grid_take_profit_price numeric;
