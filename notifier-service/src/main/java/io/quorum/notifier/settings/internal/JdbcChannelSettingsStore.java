package io.quorum.notifier.settings.internal;

import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.settings.ChannelSettings;
import io.quorum.notifier.settings.ChannelSettingsStore;
import io.quorum.notifier.settings.SlackChannel;
import io.quorum.notifier.settings.TelegramChannel;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Channel settings in the {@code channel_settings} table, one row per user. */
public class JdbcChannelSettingsStore implements ChannelSettingsStore {

    private final JdbcClient jdbc;

    public JdbcChannelSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChannelSettings of(UserId userId) {
        return jdbc.sql("""
                        select slack_webhook_url, slack_enabled, telegram_bot_token, telegram_chat_id, telegram_enabled,
                               routing::text as routing
                        from channel_settings where user_id = ?""")
                .param(userId.value())
                .query((rs, n) -> read(userId, rs))
                .optional()
                .orElseGet(() -> ChannelSettings.none(userId));
    }

    @Override
    public List<ChannelSettings> withTelegramEnabled() {
        return jdbc.sql("""
                        select user_id, slack_webhook_url, slack_enabled, telegram_bot_token, telegram_chat_id,
                               telegram_enabled, routing::text as routing
                        from channel_settings
                        where telegram_enabled and telegram_bot_token is not null and telegram_chat_id is not null""")
                .query((rs, n) -> read(new UserId(rs.getObject("user_id", UUID.class)), rs))
                .list();
    }

    @Override
    public void save(ChannelSettings settings) {
        var slack = settings.slackChannel();
        var telegram = settings.telegramChannel();
        jdbc.sql("""
                        insert into channel_settings (user_id, slack_webhook_url, slack_enabled,
                                                      telegram_bot_token, telegram_chat_id, telegram_enabled, routing,
                                                      updated_at)
                        values (?, ?, ?, ?, ?, ?, ?::jsonb, now())
                        on conflict (user_id) do update set
                            slack_webhook_url = excluded.slack_webhook_url, slack_enabled = excluded.slack_enabled,
                            telegram_bot_token = excluded.telegram_bot_token, telegram_chat_id = excluded.telegram_chat_id,
                            telegram_enabled = excluded.telegram_enabled, routing = excluded.routing,
                            updated_at = excluded.updated_at""")
                .params(settings.userId().value(),
                        slack.map(s -> s.webhookUrl().toString()).orElse(null),
                        slack.map(SlackChannel::enabled).orElse(false),
                        telegram.map(TelegramChannel::botToken).orElse(null),
                        telegram.map(TelegramChannel::chatId).orElse(null),
                        telegram.map(TelegramChannel::enabled).orElse(false),
                        RoutingJson.write(settings.routing()))
                .update();
    }

    private static ChannelSettings read(UserId userId, ResultSet rs) throws SQLException {
        String url = rs.getString("slack_webhook_url");
        String token = rs.getString("telegram_bot_token");
        SlackChannel slack = url == null ? null : new SlackChannel(URI.create(url), rs.getBoolean("slack_enabled"));
        TelegramChannel telegram = token == null ? null
                : new TelegramChannel(token, rs.getString("telegram_chat_id"), rs.getBoolean("telegram_enabled"));
        return new ChannelSettings(userId, slack, telegram, RoutingJson.read(rs.getString("routing")));
    }
}
