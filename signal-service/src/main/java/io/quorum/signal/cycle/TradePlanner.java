package io.quorum.signal.cycle;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.Positions.Held;
import io.quorum.signal.risk.ConfirmedPlan;
import io.quorum.signal.risk.Confirmation;
import io.quorum.signal.risk.ConservativeProposal;
import io.quorum.signal.risk.HardLimits;
import io.quorum.signal.risk.Refusal;
import io.quorum.signal.risk.RiskSizing;
import io.quorum.signal.risk.SizedOrder;
import io.quorum.signal.risk.Sizing;
import io.quorum.signal.risk.SizingBudget;
import io.quorum.signal.risk.TradeConfirmation;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Proposal;
import java.util.Optional;

/**
 * Turns a panel's decision into at most one order (or one protection move). LONG/SHORT on a flat bot: the agreeing
 * proposals merged most conservatively, confirmed against the bot's hard limits and sized on what its budget has
 * free — a LIMIT order at the decision candle's close (the allocation accepts no opening market order: it has no
 * price to reserve margin against) carrying the confirmed stop-loss and take-profit to the venue, which attaches
 * them to the position as its hard floor. CLOSE or STOP_LOSS with a position open: a reduce-only market order for
 * all of it. With a position open, a move of its TP/SL or an addition (DCA): see {@link OpenPositionPlanner}.
 * Everything else — HOLD, a close with nothing open, a refusal of the confirm step or the sizing — places nothing
 * and says why.
 */
public final class TradePlanner {

    private final TradeConfirmation confirmation = new TradeConfirmation();
    private final RiskSizing sizing = new RiskSizing();
    private final FeeRate takerFee;
    private final OpenPositionPlanner open;

    public TradePlanner(FeeRate takerFee) {
        this.takerFee = takerFee;
        this.open = new OpenPositionPlanner(takerFee);
    }

    public TradePlan plan(Decision decision, AiBot bot, Price close, Optional<Held> held, Instrument instrument) {
        Action action = decision.action();
        if (held.isPresent() && (action == Action.HOLD || action == Action.LONG || action == Action.SHORT)) {
            return open.holdOrMove(decision, bot, close, held.get(), instrument);
        }
        return switch (action) {
            case HOLD -> TradePlan.none(null);
            case LONG, SHORT -> enter(action == Action.LONG ? Side.BUY : Side.SELL, decision, bot, close, instrument);
            case CLOSE, STOP_LOSS -> held.map(h -> close(bot.symbol(), h))
                    .orElseGet(() -> TradePlan.none("nothing to close: no position is open"));
            case DCA -> held.map(h -> open.add(bot, close, h, instrument))
                    .orElseGet(() -> TradePlan.none("nothing to add to: no position is open"));
        };
    }

    private TradePlan enter(Side side, Decision decision, AiBot bot, Price close, Instrument instrument) {
        Proposal merged = ConservativeProposal.of(side, close, decision.agreeing());
        Confirmation confirmed = confirmation.confirm(side, close, merged, HardLimits.of(bot.trend(), bot.leverage()),
                instrument);
        if (confirmed instanceof Refusal refusal) {
            return TradePlan.none("refused by the confirm step: " + refusal.reason());
        }
        ConfirmedPlan plan = (ConfirmedPlan) confirmed;
        // a flat bot holds no margin, so all of its budget is available to the entry
        Sizing sized = sizing.size(plan, SizingBudget.of(bot.budget(), bot.budget(), bot.trend().riskPercent(), takerFee),
                instrument);
        if (sized instanceof Refusal refusal) {
            return TradePlan.none("refused by risk sizing: " + refusal.reason());
        }
        SizedOrder order = (SizedOrder) sized;
        OrderSpec limit = OrderSpec.limit(bot.symbol(), side, plan.entry(), order.quantity(), plan.leverage(), false)
                .protectedBy(plan.stopLoss(), plan.takeProfit());
        String adjusted = plan.adjustments().isEmpty() ? "" : "; " + String.join("; ", plan.adjustments());
        return new TradePlan(limit, plan.takeProfit(), plan.stopLoss(), "limit " + side + " " + order.quantity() + " at "
                + plan.entry() + ", " + plan.leverage() + "x, TP " + plan.takeProfit() + ", SL " + plan.stopLoss()
                + ", risk " + order.riskAmount() + " (sized by " + order.limitedBy() + ")" + adjusted);
    }

    private static TradePlan close(Symbol symbol, Held held) {
        Side exit = held.position().side().opposite();
        OrderSpec order = OrderSpec.market(symbol, exit, held.position().size(), Math.clamp(held.leverage(), 1, 20), true);
        return new TradePlan(order, null, null, "reduce-only market " + exit + " " + held.position().size()
                + " closing the position");
    }
}
