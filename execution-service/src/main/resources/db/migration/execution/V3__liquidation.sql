-- Where each open position is liquidated (isolated margin); null when flat or unreachable (a long at leverage 1).
alter table positions add column liquidation_price numeric;
create index positions_liquidation on positions (symbol, side, liquidation_price) where side <> 'FLAT';
