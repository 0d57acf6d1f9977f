package io.quorum.notifier.commands.internal;

import io.quorum.contracts.ids.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The last Telegram update each user's commands were answered up to, per bot token (stored as its SHA-256, never the
 * token): a new token starts afresh.
 */
class TelegramOffsets {

    private final JdbcClient jdbc;

    TelegramOffsets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> lastHandled(UserId user, String tokenHash) {
        return jdbc.sql("select last_update_id from telegram_offsets where user_id = ? and token_sha256 = ?")
                .params(user.value(), tokenHash).query(Long.class).optional();
    }

    void handled(UserId user, String tokenHash, long updateId) {
        jdbc.sql("""
                        insert into telegram_offsets (user_id, token_sha256, last_update_id, updated_at)
                        values (?, ?, ?, now())
                        on conflict (user_id) do update set
                            last_update_id = case when telegram_offsets.token_sha256 = excluded.token_sha256
                                then greatest(telegram_offsets.last_update_id, excluded.last_update_id)
                                else excluded.last_update_id end,
                            token_sha256 = excluded.token_sha256, updated_at = excluded.updated_at""")
                .params(user.value(), tokenHash, updateId)
                .update();
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
