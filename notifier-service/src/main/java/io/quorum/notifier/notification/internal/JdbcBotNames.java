package io.quorum.notifier.notification.internal;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.notification.BotNames;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bot owners and names in the {@code bot_names} table; a restarted bot may have been renamed, so the latest start's name wins. */
class JdbcBotNames implements BotNames {

    private final JdbcClient jdbc;

    JdbcBotNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void remember(BotId botId, UserId userId, String name) {
        jdbc.sql("""
                        insert into bot_names (bot_id, user_id, name) values (?, ?, ?)
                        on conflict (bot_id) do update set name = excluded.name""")
                .params(botId.value(), userId.value(), name)
                .update();
    }

    @Override
    public void learn(BotId botId, UserId userId, String name) {
        jdbc.sql("insert into bot_names (bot_id, user_id, name) values (?, ?, ?) on conflict (bot_id) do nothing")
                .params(botId.value(), userId.value(), name)
                .update();
    }

    @Override
    public Optional<String> nameOf(BotId botId) {
        return jdbc.sql("select name from bot_names where bot_id = ?").param(botId.value()).query(String.class).optional();
    }

    @Override
    public Optional<UserId> ownerOf(BotId botId) {
        return jdbc.sql("select user_id from bot_names where bot_id = ?").param(botId.value())
                .query((rs, n) -> new UserId(rs.getObject(1, java.util.UUID.class))).optional();
    }
}
