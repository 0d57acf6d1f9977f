package io.quorum.registry.audit;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a bot's history: who ({@code actor}: the user's id, or {@value #PLATFORM} for what the platform did on
 * its own) did what to which bot of which owner, when. {@code changes} names each changed field with its old and
 * new value (a CHANGED entry); {@code detail} says why, where there is a reason (a stop's).
 */
public record AuditEntry(long id, BotId botId, UserId owner, String actor, AuditAction action,
                         Map<String, Change> changes, String detail, Instant at) {

    public static final String PLATFORM = "platform";

    public AuditEntry {
        requireNonNull(botId, "botId");
        requireNonNull(owner, "owner");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(at, "at");
        changes = changes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** A field's value before and after a change, as the API shows it (decimal strings for money). */
    public record Change(String from, String to) {
    }

    /** An entry not written yet. */
    public static AuditEntry of(BotId botId, UserId owner, String actor, AuditAction action,
                                Map<String, Change> changes, String detail, Instant at) {
        return new AuditEntry(0, botId, owner, actor, action, changes, detail, at);
    }

    /** Something the owner did. */
    public static AuditEntry byOwner(BotId botId, UserId owner, AuditAction action, Instant at) {
        return of(botId, owner, owner.toString(), action, null, null, at);
    }
}
