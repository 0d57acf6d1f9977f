-- TWAP on the live venue (Bybit). Each slice is also a venue order of its own (venue_orders, status SUBMITTING before
-- it is sent), so it takes the live placement path; twap_slices records it when it is opened, before Bybit has filled
-- anything: its price (the limit, or the average of its fills) and its fee (the sum of its fills') are null until its
-- first fill is applied.
alter table twap_slices alter column price drop not null;
alter table twap_slices alter column fee drop not null;

-- The approval a live run was started by: its slices' events are caused by it (same correlation).
alter table twap_runs add column approval_event_id uuid;
alter table twap_runs add column correlation_id uuid;

-- The live scheduler asks for every running run due by its clock, whatever the symbol.
create index twap_runs_due_live on twap_runs (next_due_at) where status = 'RUNNING';
