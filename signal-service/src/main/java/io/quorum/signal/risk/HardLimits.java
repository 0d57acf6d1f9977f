package io.quorum.signal.risk;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.TrendSpec.DistanceBounds;
import io.quorum.contracts.bots.TrendSpec.LeverageBounds;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Percent;
import java.util.Objects;

/**
 * The limits of one bot's trades: its own leverage (≤ 20, the platform's cap, and the leverage it
 * trades at when no voter proposes one), its template's leverage bounds, TP and SL distance bounds
 * (% of the entry, with the default distance), and the most a trade may lose, in % of its margin.
 */
public record HardLimits(int botLeverage, LeverageBounds leverage, DistanceBounds takeProfit, DistanceBounds stopLoss,
                         Percent maxLossOfMargin) {

    /** No Quorum bot trades above this, whatever its template, its user or a voter asks. */
    public static final int PLATFORM_MAX_LEVERAGE = BotStarted.MAX_LEVERAGE;

    public HardLimits {
        Objects.requireNonNull(leverage, "leverage bounds");
        Objects.requireNonNull(takeProfit, "take-profit bounds");
        Objects.requireNonNull(stopLoss, "stop-loss bounds");
        Objects.requireNonNull(maxLossOfMargin, "max loss");
        if (botLeverage < 1 || botLeverage > PLATFORM_MAX_LEVERAGE) {
            throw new IllegalArgumentException("a bot's leverage must be 1-" + PLATFORM_MAX_LEVERAGE + ", was " + botLeverage);
        }
        if (!maxLossOfMargin.isPositive() || maxLossOfMargin.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("the max loss must be above 0 and at most 100 % of margin, was "
                    + maxLossOfMargin + " %");
        }
    }

    /** The limits of a trend bot as its template resolved them at start. */
    public static HardLimits of(TrendSpec spec, int botLeverage) {
        return new HardLimits(botLeverage, spec.leverage(), spec.takeProfit(), spec.stopLoss(), spec.maxLossPercent());
    }

    /** The highest leverage this bot may use on this instrument: every cap at once. */
    public int leverageCap(Instrument instrument) {
        return Math.min(Math.min(botLeverage, leverage.max()), Math.min(PLATFORM_MAX_LEVERAGE, instrument.maxLeverage()));
    }
}
