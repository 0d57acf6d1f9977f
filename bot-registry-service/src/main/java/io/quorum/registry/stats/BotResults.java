package io.quorum.registry.stats;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.registry.platform.ProcessedEvents;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each bot's trading results, folded from the positions topic into the registry's own tables (it never reads
 * another service's). A position change carries its bot's totals for the symbol; compared with the last one seen,
 * it is a trade when anything but the protection moved (side, size, realized PnL or fees), a win when it realized a
 * profit, a loss when it realized a loss. Idempotent by event id; the topic is keyed by user, so one bot's changes
 * arrive in order.
 */
public class BotResults {

    private record Totals(String side, BigDecimal size, BigDecimal realizedPnl, BigDecimal feesPaid) {
        static final Totals NONE = new Totals("FLAT", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        boolean sameAs(Totals other) {
            return side.equals(other.side) && size.compareTo(other.size) == 0
                    && realizedPnl.compareTo(other.realizedPnl) == 0 && feesPaid.compareTo(other.feesPaid) == 0;
        }
    }

    private final JdbcClient jdbc;
    private final ProcessedEvents processedEvents;

    public BotResults(JdbcClient jdbc, ProcessedEvents processedEvents) {
        this.jdbc = jdbc;
        this.processedEvents = processedEvents;
    }

    @Transactional
    public void positionChanged(Envelope<PositionChanged> envelope) {
        if (!processedEvents.firstDelivery(envelope.eventId())) {
            return;
        }
        PositionChanged change = envelope.payload();
        Totals now = new Totals(change.side().name(), change.size().value(), change.realizedPnl().value(),
                change.feesPaid().value());
        Totals before = jdbc.sql("select side, size, realized_pnl, fees_paid from bot_position_totals"
                        + " where bot_id = ? and symbol = ? for update")
                .params(change.botId().value(), change.symbol().value())
                .query((rs, n) -> new Totals(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .optional().orElse(Totals.NONE);
        if (now.sameAs(before)) {
            return; // only its stop-loss or take-profit moved: no trade
        }
        jdbc.sql("""
                        insert into bot_position_totals (bot_id, symbol, side, size, realized_pnl, fees_paid)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (bot_id, symbol) do update set side = excluded.side, size = excluded.size,
                            realized_pnl = excluded.realized_pnl, fees_paid = excluded.fees_paid""")
                .params(change.botId().value(), change.symbol().value(), now.side(), now.size(), now.realizedPnl(),
                        now.feesPaid())
                .update();
        BigDecimal realized = now.realizedPnl().subtract(before.realizedPnl());
        BigDecimal fees = now.feesPaid().subtract(before.feesPaid());
        jdbc.sql("""
                        insert into bot_stats (bot_id, owner_id, realized_pnl, fees, trades, wins, losses)
                        values (?, ?, ?, ?, 1, ?, ?)
                        on conflict (bot_id) do update set realized_pnl = bot_stats.realized_pnl + excluded.realized_pnl,
                            fees = bot_stats.fees + excluded.fees, trades = bot_stats.trades + 1,
                            wins = bot_stats.wins + excluded.wins, losses = bot_stats.losses + excluded.losses""")
                .params(change.botId().value(), change.userId().value(), realized, fees,
                        realized.signum() > 0 ? 1 : 0, realized.signum() < 0 ? 1 : 0)
                .update();
    }

    /** The bot's results so far; none before its first trade. */
    @Transactional(readOnly = true)
    public Optional<BotStats> of(BotId bot, UserId owner) {
        return jdbc.sql("select realized_pnl, fees, trades, wins, losses from bot_stats where bot_id = ? and owner_id = ?")
                .params(bot.value(), owner.value())
                .query((rs, n) -> new BotStats(Money.of(rs.getBigDecimal(1)), Money.of(rs.getBigDecimal(2)),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .optional();
    }

    /** The results of each of the owner's bots that traded, by bot. */
    @Transactional(readOnly = true)
    public Map<BotId, BotStats> ofOwner(UserId owner) {
        return jdbc.sql("select bot_id, realized_pnl, fees, trades, wins, losses from bot_stats where owner_id = ?")
                .param(owner.value())
                .query((rs, n) -> Map.entry(new BotId(rs.getObject(1, UUID.class)),
                        new BotStats(Money.of(rs.getBigDecimal(2)), Money.of(rs.getBigDecimal(3)), rs.getInt(4),
                                rs.getInt(5), rs.getInt(6))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
