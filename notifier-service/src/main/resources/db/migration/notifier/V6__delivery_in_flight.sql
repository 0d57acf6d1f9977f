-- A delivery being sent holds its user's place in its channel until it is recorded (leased_until back to null) or
-- its lease ends (a worker that died): the workers send at most one message per user and channel at a time, so one
-- user's hanging webhook holds up only that user's messages.
alter table deliveries add column leased_until timestamptz;
create index deliveries_in_flight on deliveries (channel, user_id, leased_until) where status = 'PENDING' and leased_until is not null;
create index deliveries_due_by_channel on deliveries (channel, user_id, next_attempt_at, id) where status = 'PENDING';
