-- Which notification kinds go to which channel, for the user and per bot (JSON, see SettingsDraft):
-- {"events":{"ORDER_FILLED":["TELEGRAM"]},"bots":{"<botId>":{"muted":false,"events":{"POSITION_CHANGED":[]}}}}
-- Empty: every notification to every enabled channel, as before this column existed.
alter table channel_settings add column routing jsonb not null default '{}'::jsonb;
