package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.serde.EventJson;
import io.quorum.execution.platform.ProcessedEvents;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The live halts not yet confirmed ({@code pending_halts}): kept from a halt's first delivery until the transaction
 * that reports the bot cleared deletes the row, so nothing forgets a halt — not a restart, not a long Bybit outage. An
 * attempt claims its halt with a lease ({@code next_attempt_at} pushed past the attempt), so the listener's first
 * attempt and the retry timer never work on one halt at once, and a halt whose process died mid-attempt is taken up
 * again when the lease ends.
 */
public class PendingHalts {

    /** Longer than any attempt can take (cancelling rounds, the closing order's placement with its retries). */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** A halt awaiting confirmation, as claimed for one attempt. */
    public record Pending(Envelope<BotTradingHalted> halt, int attempts, int closeRound, boolean stalledAlerted) {

        public EventId id() {
            return halt.eventId();
        }
    }

    private final JdbcClient jdbc;
    private final ProcessedEvents processedEvents;

    public PendingHalts(JdbcClient jdbc, ProcessedEvents processedEvents) {
        this.jdbc = jdbc;
        this.processedEvents = processedEvents;
    }

    /** Keeps the halt until it is confirmed; nothing when it was confirmed before (a redelivery) or is kept already. */
    @Transactional
    public void keep(Envelope<BotTradingHalted> halt, Instant now) {
        if (processedEvents.seen(halt.eventId())) {
            return;
        }
        jdbc.sql("insert into pending_halts (halt_event_id, user_id, bot_id, envelope, next_attempt_at, received_at) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(halt.eventId().value(), halt.payload().userId().value(), halt.payload().botId().value(),
                        new String(EventJson.write(halt), StandardCharsets.UTF_8), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** Claims this halt for an attempt if it is due; empty when it is confirmed, or another attempt holds it. */
    @Transactional
    public Optional<Pending> claim(EventId halt, Instant now) {
        return jdbc.sql("update pending_halts set next_attempt_at = ? where halt_event_id = ? and next_attempt_at <= ? "
                        + "returning envelope, attempts, close_round, stalled_alerted")
                .params(Timestamp.from(now.plus(LEASE)), halt.value(), Timestamp.from(now))
                .query(PendingHalts::map).optional();
    }

    /** Claims up to {@code limit} due halts, the longest waiting first. */
    @Transactional
    public List<Pending> claimDue(Instant now, int limit) {
        return jdbc.sql("update pending_halts set next_attempt_at = ? where halt_event_id in (select halt_event_id from "
                        + "pending_halts where next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked) "
                        + "returning envelope, attempts, close_round, stalled_alerted")
                .params(Timestamp.from(now.plus(LEASE)), Timestamp.from(now), limit)
                .query(PendingHalts::map).list();
    }

    /** An attempt that did not confirm the bot clean: counted, its reason kept, the next one due at {@code next}. */
    @Transactional
    public void notConfirmed(EventId halt, String why, Instant next) {
        jdbc.sql("update pending_halts set attempts = attempts + 1, last_failure = ?, next_attempt_at = ? where halt_event_id = ?")
                .params(why, Timestamp.from(next), halt.value()).update();
    }

    /** The closing orders of the current round ended without closing the positions: the next attempt places new ones. */
    @Transactional
    public void nextCloseRound(EventId halt) {
        jdbc.sql("update pending_halts set close_round = close_round + 1 where halt_event_id = ?").param(halt.value()).update();
    }

    /** The user was told the halt is stalled; true the first time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean markStalledAlerted(EventId halt) {
        return jdbc.sql("update pending_halts set stalled_alerted = true where halt_event_id = ? and not stalled_alerted")
                .param(halt.value()).update() == 1;
    }

    /** Confirmed: in the transaction that reports the bot cleared. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void confirmed(EventId halt) {
        jdbc.sql("delete from pending_halts where halt_event_id = ?").param(halt.value()).update();
    }

    /** How many halts await confirmation (for operators and tests). */
    /** Whether a halt of the bot is kept, not yet confirmed: nothing new is sent for the bot meanwhile. */
    public boolean pendingFor(BotId bot) {
        return jdbc.sql("select count(*) from pending_halts where bot_id = ?").param(bot.value()).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from pending_halts").query(Long.class).single();
    }

    public Optional<String> lastFailure(EventId halt) {
        return jdbc.sql("select last_failure from pending_halts where halt_event_id = ?").param(halt.value())
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(reason -> reason);
    }

    @SuppressWarnings("unchecked")
    private static Pending map(ResultSet rs, int row) throws SQLException {
        Envelope<BotTradingHalted> halt = (Envelope<BotTradingHalted>) EventJson.read(rs.getString("envelope").getBytes(StandardCharsets.UTF_8));
        return new Pending(halt, rs.getInt("attempts"), rs.getInt("close_round"), rs.getBoolean("stalled_alerted"));
    }
}
