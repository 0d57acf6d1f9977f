package io.quorum.signal.cycle;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.FeeRate;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.Positions.Held;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.risk.AddSizing;
import io.quorum.signal.risk.Addition;
import io.quorum.signal.risk.Confirmation;
import io.quorum.signal.risk.ConfirmedPlan;
import io.quorum.signal.risk.ConservativeProposal;
import io.quorum.signal.risk.HardLimits;
import io.quorum.signal.risk.Refusal;
import io.quorum.signal.risk.Sizing;
import io.quorum.signal.risk.SizingBudget;
import io.quorum.signal.risk.TradeConfirmation;
import io.quorum.signal.voting.Action;
import io.quorum.signal.voting.Decision;
import io.quorum.signal.voting.Vote;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a decision does to a position already open.
 * <ul>
 *   <li><b>Move TP/SL</b> ({@code updateExisting}): when the votes asking for it — those for the position's own
 *   direction or HOLD — reach the threshold of that direction (LONG 2/3 for a long), their proposals are merged
 *   most conservatively and confirmed as an entry's would be, at the position's entry and at the position's own
 *   leverage (so the max-loss cap holds for the leverage it really has); the stop must also lie beyond the close
 *   and the target before it, else the venue would fire at once. Then a protection request goes to the venue.</li>
 *   <li><b>DCA</b>: a LIMIT at the close in the position's direction, at its leverage, keeping its stop-loss and
 *   take-profit, sized by {@link AddSizing} on what the budget has free after the position's margin. A position
 *   with no known stop is not added to.</li>
 * </ul>
 */
final class OpenPositionPlanner {

    private final TradeConfirmation confirmation = new TradeConfirmation();
    private final AddSizing sizing = new AddSizing();
    private final FeeRate takerFee;

    OpenPositionPlanner(FeeRate takerFee) {
        this.takerFee = takerFee;
    }

    TradePlan holdOrMove(Decision decision, AiBot bot, Price close, Held held, Instrument instrument) {
        OpenPosition position = held.position();
        Action direction = position.isLong() ? Action.LONG : Action.SHORT;
        List<Vote> movers = decision.updatingFor(direction);
        Integer needed = decision.required().get(direction);
        boolean moves = needed != null && !movers.isEmpty() && movers.size() >= needed;
        if (!moves) {
            return decision.action() == Action.HOLD ? TradePlan.none(null) : TradePlan.none("no entry: a position is already open");
        }
        Confirmation confirmed = confirmation.confirmAt(position.side(), position.entry(),
                ConservativeProposal.of(position.side(), position.entry(), movers), HardLimits.of(bot.trend(), bot.leverage()),
                instrument, held.leverage());
        if (confirmed instanceof Refusal refusal) {
            return TradePlan.none("TP/SL not moved: refused by the confirm step: " + refusal.reason());
        }
        ConfirmedPlan plan = (ConfirmedPlan) confirmed;
        boolean beyondMarket = position.isLong()
                ? plan.stopLoss().isBelow(close) && plan.takeProfit().isAbove(close)
                : plan.stopLoss().isAbove(close) && plan.takeProfit().isBelow(close);
        if (!beyondMarket) {
            return TradePlan.none("TP/SL not moved: stop-loss " + plan.stopLoss() + " and take-profit " + plan.takeProfit()
                    + " must lie on either side of the close " + close);
        }
        String adjusted = plan.adjustments().isEmpty() ? "" : "; " + String.join("; ", plan.adjustments());
        return TradePlan.protection(plan.takeProfit(), plan.stopLoss(), movers.size() + " of " + decision.voters()
                + " votes move TP/SL only: stop-loss " + plan.stopLoss() + ", take-profit " + plan.takeProfit() + " (was "
                + held.stopLoss() + ", " + held.takeProfit() + ", entry " + position.entry() + ", " + held.leverage() + "x)"
                + adjusted);
    }

    TradePlan add(AiBot bot, Price close, Held held, Instrument instrument) {
        OpenPosition position = held.position();
        if (held.stopLoss() == null) {
            return TradePlan.none("no DCA: the position holds no known stop-loss to keep");
        }
        Money margin = Money.of(position.entry().value().multiply(position.size().value())
                .divide(BigDecimal.valueOf(held.leverage()), Money.SCALE, RoundingMode.UP));
        Money free = bot.budget().minus(margin);
        if (!free.isPositive()) {
            return TradePlan.none("no DCA: the position's margin " + margin + " uses the whole budget " + bot.budget());
        }
        Sizing sized = sizing.size(position, held.leverage(), close, held.stopLoss(),
                SizingBudget.of(bot.budget(), free, bot.trend().riskPercent(), takerFee), bot.trend().maxLossPercent(),
                instrument);
        if (sized instanceof Refusal refusal) {
            return TradePlan.none("no DCA: refused by risk sizing: " + refusal.reason());
        }
        Addition addition = (Addition) sized;
        Side side = position.side();
        Price target = held.takeProfit() != null
                && (side == Side.BUY ? held.takeProfit().isAbove(close) : held.takeProfit().isBelow(close))
                ? held.takeProfit() : null;
        OrderSpec limit = OrderSpec.limit(bot.symbol(), side, close, addition.quantity(), held.leverage(), false)
                .protectedBy(held.stopLoss(), target);
        return new TradePlan(limit, target, held.stopLoss(), "DCA: limit " + side + " " + addition.quantity() + " at " + close
                + ", " + held.leverage() + "x, keeping SL " + held.stopLoss() + (target == null ? "" : ", TP " + target)
                + ", risk " + addition.riskAmount() + " (sized by " + addition.limitedBy() + ")");
    }
}
