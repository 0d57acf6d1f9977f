package io.quorum.registry.audit;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.serde.EventJson;
import io.quorum.registry.platform.InvalidRequestException;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;

/**
 * The audit trail: appended in the transaction of the change it records (so there is no change without its entry
 * and no entry without its change), read by the bot's owner only, newest first.
 */
public class AuditTrail {

    private static final TypeReference<LinkedHashMap<String, AuditEntry.Change>> CHANGES = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, bot_id, owner_id, actor, action, changes, detail, at";

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        jdbc.sql("insert into audit_entries (bot_id, owner_id, actor, action, changes, detail, at)"
                        + " values (?, ?, ?, ?, cast(? as jsonb), ?, ?)")
                .params(entry.botId().value(), entry.owner().value(), entry.actor(), entry.action().name(),
                        entry.changes().isEmpty() ? null : EventJson.mapper().writeValueAsString(entry.changes()),
                        entry.detail(), Timestamp.from(entry.at()))
                .update();
    }

    /** Everything done to the owner's bots, deleted ones included, newest first. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> ofOwner(UserId owner, PageRequest page) {
        return Page.of(jdbc.sql("select " + COLUMNS + " from audit_entries where owner_id = ? and id < ?"
                                + " order by id desc limit ?")
                        .params(owner.value(), before(page), page.limit() + 1)
                        .query(AuditTrail::map).list(),
                page.limit(), entry -> Long.toString(entry.id()));
    }

    /** One bot's history, newest first, deleted bots' too; a bot that is not the owner's has none to show. */
    @Transactional(readOnly = true)
    public Page<AuditEntry> ofBot(BotId bot, UserId owner, PageRequest page) {
        boolean owned = jdbc.sql("select exists (select 1 from bots where id = ? and user_id = ?)")
                .params(bot.value(), owner.value()).query(Boolean.class).single();
        if (!owned) {
            throw new AuditNotFound(bot);
        }
        return Page.of(jdbc.sql("select " + COLUMNS + " from audit_entries where bot_id = ? and owner_id = ? and id < ?"
                                + " order by id desc limit ?")
                        .params(bot.value(), owner.value(), before(page), page.limit() + 1)
                        .query(AuditTrail::map).list(),
                page.limit(), entry -> Long.toString(entry.id()));
    }

    private static long before(PageRequest page) {
        if (page.after() == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(page.after());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("cursor", "is not a cursor this list gave out");
        }
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        String changes = rs.getString("changes");
        Map<String, AuditEntry.Change> parsed = changes == null ? Map.of()
                : EventJson.mapper().readValue(changes, CHANGES);
        return new AuditEntry(rs.getLong("id"), new BotId(rs.getObject("bot_id", UUID.class)),
                new UserId(rs.getObject("owner_id", UUID.class)), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), parsed, rs.getString("detail"),
                rs.getTimestamp("at").toInstant());
    }
}
