package io.quorum.notifier.notification.internal;

import io.quorum.contracts.ids.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The history's entries as the live feed sends them: one by id, or a user's newest after the one a browser last saw. */
class LiveEntries {

    private static final String COLUMNS = "select id, event_id, kind, bot_id, text, occurred_at from notifications ";

    private final JdbcClient jdbc;

    LiveEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LiveSockets.Pushed> one(UserId user, long id) {
        return jdbc.sql(COLUMNS + "where id = ? and user_id = ?")
                .params(id, user.value())
                .query(LiveEntries::pushed)
                .optional();
    }

    /** The user's entries with an id above {@code since}, at most the newest {@code limit}, oldest first. */
    List<LiveSockets.Pushed> after(UserId user, long since, int limit) {
        return jdbc.sql("select * from (" + COLUMNS + "where user_id = ? and id > ? order by id desc limit ?) newest "
                        + "order by id")
                .params(user.value(), since, limit)
                .query(LiveEntries::pushed)
                .list();
    }

    private static LiveSockets.Pushed pushed(ResultSet rs, int row) throws SQLException {
        return new LiveSockets.Pushed(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("kind"),
                rs.getObject("bot_id", UUID.class), rs.getString("text"), rs.getTimestamp("occurred_at").toInstant());
    }
}
