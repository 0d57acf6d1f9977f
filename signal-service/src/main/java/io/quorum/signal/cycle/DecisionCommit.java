package io.quorum.signal.cycle;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.metrics.SignalMetrics;
import io.quorum.signal.platform.Outbox;
import io.quorum.signal.voting.Decision;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits one decision of one bot at event time {@code at}, in one transaction: the decision with its ballots,
 * {@code SignalDecided}, and what the plan sends — an order intent, or a request to move the position's stop-loss
 * and take-profit. Nothing is stored when the bot was stopped meanwhile or already decided at {@code at} (ids are
 * derived from bot and time, so a redelivery can never make a second intent).
 */
public class DecisionCommit {

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final Outbox outbox;
    private final SignalMetrics metrics;

    public DecisionCommit(TransactionTemplate transactions, JdbcClient jdbc, Decisions decisions, Outbox outbox,
                          SignalMetrics metrics) {
        this.metrics = metrics;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.outbox = outbox;
    }

    public boolean exists(AiBot bot, Instant at) {
        return decisions.exists(bot.botId(), at);
    }

    public boolean commit(Envelope<?> envelope, AiBot bot, Instant at, Decision decision, TradePlan plan) {
        return commit(envelope, bot, at, decision, plan, () -> true);
    }

    /** As above, once {@code claim} (run first, in the transaction) agrees; its writes roll back if nothing is stored. */
    public boolean commit(Envelope<?> envelope, AiBot bot, Instant at, Decision decision, TradePlan plan,
                          BooleanSupplier claim) {
        IntentId intentId = plan.trades() ? IntentId.derive("signal", bot.botId().toString(), at.toString()) : null;
        SignalDecided decided = Decided.of(DecisionId.derive("signal", bot.botId().toString(), at.toString()), bot, at,
                decision, plan, intentId);
        Boolean stored = transactions.execute(status -> {
            if (!stillRunning(bot) || !claim.getAsBoolean() || !decisions.store(decided, plan)) {
                status.setRollbackOnly();
                return false;
            }
            outbox.add(envelope.cause(decided, at));
            if (intentId != null) {
                outbox.add(envelope.cause(new OrderIntentCreated(intentId, bot.userId(), bot.botId(), plan.order(), null), at));
            }
            if (plan.movesProtection()) {
                outbox.add(envelope.cause(new PositionProtectionRequested(bot.userId(), bot.botId(), bot.symbol(),
                        plan.stopLoss(), plan.takeProfit(), "decision " + decided.decisionId() + " at " + at), at));
            }
            return true;
        });
        if (Boolean.TRUE.equals(stored)) {
            metrics.decided(decided, intentId == null ? null : plan.order().side());
            return true;
        }
        return false;
    }

    /** Locks the bot's row against a concurrent stop: a stop committed first wins, one arriving later waits for us. */
    private boolean stillRunning(AiBot bot) {
        return jdbc.sql("select status from ai_bots where bot_id = ? for share").param(bot.botId().value())
                .query(String.class).optional().filter("RUNNING"::equals).isPresent();
    }
}
