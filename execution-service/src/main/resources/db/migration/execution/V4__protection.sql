-- The stop-loss and take-profit an order carries to the position it opens or grows (null: none).
alter table venue_orders add column stop_loss numeric;
alter table venue_orders add column take_profit numeric;

-- The protection attached to an open position (null: none); a FLAT position has none.
alter table positions add column stop_loss numeric;
alter table positions add column take_profit numeric;
-- Every tick looks for the positions whose stop or target it reached among the protected positions of its symbol
-- only (AI bots' positions: grid bots' never are), so thousands of grid positions cost a tick nothing here.
create index positions_protected on positions (symbol) where stop_loss is not null or take_profit is not null;
