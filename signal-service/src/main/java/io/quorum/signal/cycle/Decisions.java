package io.quorum.signal.cycle;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.Confidence;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.contracts.signals.VoterKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every decision of every AI bot with all its ballots (tables {@code decisions}, {@code decision_votes}). */
public class Decisions {

    private final JdbcClient jdbc;

    public Decisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(BotId bot, Instant candleClosedAt) {
        return jdbc.sql("select count(*) from decisions where bot_id = ? and candle_closed_at = ?")
                .params(bot.value(), Timestamp.from(candleClosedAt)).query(Integer.class).single() > 0;
    }

    /** Stores the decision unless this bot already decided on this candle; true when it was stored now. */
    public boolean store(SignalDecided decided, TradePlan plan) {
        OrderSpec order = plan.order();
        int inserted = jdbc.sql("""
                insert into decisions (decision_id, bot_id, user_id, symbol, candle_closed_at, action, reason, technical_only,
                    tally, required, intent_id, order_side, order_type, limit_price, quantity, leverage, take_profit, stop_loss)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(decided.decisionId().value(), decided.botId().value(), decided.userId().value(),
                        decided.symbol().value(), Timestamp.from(decided.candleClosedAt()), decided.action().name(),
                        decided.reason(), decided.technicalOnly(), counts(decided.tally()), counts(decided.required()),
                        decided.intentId() == null ? null : decided.intentId().value(),
                        order == null ? null : order.side().name(), order == null ? null : order.type().name(),
                        order == null || order.limitPrice() == null ? null : order.limitPrice().value(),
                        order == null ? null : order.quantity().value(), order == null ? null : order.leverage(),
                        value(plan.takeProfit()), value(plan.stopLoss()))
                .update();
        if (inserted == 0) {
            return false;
        }
        List<CastVote> votes = decided.votes();
        for (int seat = 0; seat < votes.size(); seat++) {
            CastVote v = votes.get(seat);
            jdbc.sql("""
                    insert into decision_votes (decision_id, seat, voter, voter_kind, action, abstention, confidence, explanation,
                        take_profit, stop_loss, leverage, close_now, update_existing) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(decided.decisionId().value(), seat, v.voter(), v.voterKind().name(),
                            v.action() == null ? null : v.action().name(), v.abstention(),
                            v.confidence() == null ? null : v.confidence().value(), v.explanation(), value(v.takeProfit()),
                            value(v.stopLoss()), v.leverage(), v.closeNow(), v.updateExisting())
                    .update();
        }
        return true;
    }

    /** The bot's decisions newest first, those on candles closed before {@code before} when given. */
    public List<StoredDecision> of(BotId bot, Instant before, int limit) {
        List<StoredDecision> decisions = jdbc.sql("""
                select * from decisions where bot_id = ? and candle_closed_at < ? order by candle_closed_at desc limit ?""")
                .params(bot.value(), Timestamp.from(before == null ? Instant.parse("9999-12-31T00:00:00Z") : before), limit)
                .query(Decisions::decision).list();
        return decisions.stream().map(d -> new StoredDecision(d.decisionId(), d.symbol(), d.candleClosedAt(), d.action(),
                d.reason(), d.technicalOnly(), d.tally(), d.required(), d.intentId(), d.order(), votes(d.decisionId()))).toList();
    }

    private List<CastVote> votes(DecisionId decision) {
        return jdbc.sql("select * from decision_votes where decision_id = ? order by seat").param(decision.value())
                .query((rs, n) -> new CastVote(rs.getString("voter"), VoterKind.valueOf(rs.getString("voter_kind")),
                        rs.getString("action") == null ? null : TradeAction.valueOf(rs.getString("action")),
                        rs.getString("abstention"),
                        rs.getBigDecimal("confidence") == null ? null : new Confidence(rs.getBigDecimal("confidence")),
                        rs.getString("explanation"), price(rs.getBigDecimal("take_profit")),
                        price(rs.getBigDecimal("stop_loss")), (Integer) rs.getObject("leverage"), rs.getBoolean("close_now"),
                        rs.getBoolean("update_existing")))
                .list();
    }

    private static StoredDecision decision(ResultSet rs, int row) throws SQLException {
        UUID intent = rs.getObject("intent_id", UUID.class);
        StoredDecision.Order order = rs.getString("order_side") == null ? null : new StoredDecision.Order(
                rs.getString("order_side"), rs.getString("order_type"), plain(rs.getBigDecimal("limit_price")),
                plain(rs.getBigDecimal("quantity")), (Integer) rs.getObject("leverage"),
                plain(rs.getBigDecimal("take_profit")), plain(rs.getBigDecimal("stop_loss")));
        return new StoredDecision(new DecisionId(rs.getObject("decision_id", UUID.class)), Symbol.of(rs.getString("symbol")),
                rs.getTimestamp("candle_closed_at").toInstant(), TradeAction.valueOf(rs.getString("action")),
                rs.getString("reason"), rs.getBoolean("technical_only"), rs.getString("tally"), rs.getString("required"),
                intent == null ? null : new IntentId(intent), order, List.of());
    }

    private static String counts(Map<TradeAction, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static BigDecimal value(Price price) {
        return price == null ? null : price.value();
    }

    private static Price price(BigDecimal value) {
        return value == null ? null : Price.of(value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
