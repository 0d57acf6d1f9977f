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

    /**
     * Marks the update handled before it is answered, if the lock session {@code holder} (a backend process id) still
     * holds the polling lock and no poller has claimed it or a later one: whether this poller may answer it. The
     * fence and the write are one statement, so once an instance has lost the lock it claims nothing more, and the
     * instance that took the lock over polls from after every claimed update: no update is answered twice.
     */
    boolean claim(UserId user, String tokenHash, long updateId, int holder) {
        return jdbc.sql("""
                        insert into telegram_offsets (user_id, token_sha256, last_update_id, updated_at)
                        select ?, ?, ?, now() where""" + " " + PollingLeadership.HELD_BY + """

                        on conflict (user_id) do update set last_update_id = excluded.last_update_id,
                            token_sha256 = excluded.token_sha256, updated_at = excluded.updated_at
                        where telegram_offsets.token_sha256 <> excluded.token_sha256
                            or telegram_offsets.last_update_id < excluded.last_update_id""")
                .params(user.value(), tokenHash, updateId, holder, PollingLeadership.LOCK)
                .update() == 1;
    }

    /**
     * Gives a claim back when the answer could not be sent, so the update is polled and answered again — unless a
     * later update has been claimed since. {@code previous}: what was handled before it (null: nothing).
     */
    void unclaim(UserId user, String tokenHash, long updateId, Long previous) {
        if (previous == null) {
            jdbc.sql("delete from telegram_offsets where user_id = ? and token_sha256 = ? and last_update_id = ?")
                    .params(user.value(), tokenHash, updateId).update();
        } else {
            jdbc.sql("""
                            update telegram_offsets set last_update_id = ?, updated_at = now()
                            where user_id = ? and token_sha256 = ? and last_update_id = ?""")
                    .params(previous, user.value(), tokenHash, updateId).update();
        }
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
