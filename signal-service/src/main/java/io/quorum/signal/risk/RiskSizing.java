package io.quorum.signal.risk;

import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much to trade: risk amount = budget × risk %; quantity = risk / |entry − stop|, so that
 * being stopped out loses the risk amount. Then capped so that margin plus the taker fee fits what
 * is available (qty × entry / leverage + qty × entry × fee ≤ available) and the notional stays
 * within the exposure cap (budget × leverage, or the template's lower cap), and stepped down to the
 * instrument's quantity step. Every division rounds down, so no cap is ever exceeded by rounding.
 */
public final class RiskSizing {

    private static final int SCALE = 12;

    public Sizing size(ConfirmedPlan plan, SizingBudget budget, Instrument instrument) {
        BigDecimal entry = plan.entry().value();
        BigDecimal leverage = BigDecimal.valueOf(plan.leverage());
        BigDecimal fee = budget.takerFee().value();

        BigDecimal risk = budget.budget().value().multiply(budget.riskPerTrade().fraction());
        BigDecimal perUnitLoss = entry.subtract(plan.stopLoss().value()).abs();
        BigDecimal byRisk = risk.divide(perUnitLoss, SCALE, RoundingMode.DOWN);
        // margin + fee = qty × entry × (1 + leverage × fee) / leverage ≤ available
        BigDecimal byBudget = budget.available().value().multiply(leverage)
                .divide(entry.multiply(BigDecimal.ONE.add(leverage.multiply(fee))), SCALE, RoundingMode.DOWN);
        BigDecimal exposure = budget.budget().value().multiply(leverage);
        if (budget.exposureCap() != null) {
            exposure = exposure.min(budget.exposureCap().value());
        }
        BigDecimal byExposure = exposure.divide(entry, SCALE, RoundingMode.DOWN);

        BigDecimal wanted = byRisk.min(byBudget).min(byExposure);
        String limitedBy = wanted.compareTo(byRisk) == 0 ? "risk" : wanted.compareTo(byBudget) == 0 ? "budget" : "exposure";
        Quantity quantity = instrument.stepDown(wanted);
        if (!instrument.isTradable(quantity)) {
            return new Refusal("too small: " + wanted.setScale(8, RoundingMode.DOWN).stripTrailingZeros().toPlainString()
                    + " " + instrument.symbol() + " (limited by " + limitedBy + ") is below the minimum order of "
                    + instrument.minQty().stripTrailingZeros().toPlainString());
        }
        Money notional = plan.entry().times(quantity);
        return new SizedOrder(plan, quantity, Money.of(risk), notional, notional.dividedBy(leverage),
                budget.takerFee().on(notional), limitedBy);
    }
}
