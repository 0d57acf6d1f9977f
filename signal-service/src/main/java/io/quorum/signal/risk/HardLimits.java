package io.quorum.signal.risk;

import io.quorum.contracts.market.Instrument;
import java.util.Objects;

/**
 * The limits of one bot's trades: its own leverage (≤ 20, the platform's cap), its template's
 * leverage, TP and SL bounds, and the most a trade may lose, in % of the margin it puts up.
 */
public record HardLimits(int botLeverage, LeverageBounds leverage, DistanceBounds takeProfit, DistanceBounds stopLoss,
                         Percent maxLossOfMargin) {

    /** No Quorum bot trades above this, whatever its template, its user or a voter asks. */
    public static final int PLATFORM_MAX_LEVERAGE = 20;

    public HardLimits {
        Objects.requireNonNull(leverage, "leverage bounds");
        Objects.requireNonNull(takeProfit, "take-profit bounds");
        Objects.requireNonNull(stopLoss, "stop-loss bounds");
        Objects.requireNonNull(maxLossOfMargin, "max loss");
        if (botLeverage < 1 || botLeverage > PLATFORM_MAX_LEVERAGE) {
            throw new IllegalArgumentException("a bot's leverage must be 1-" + PLATFORM_MAX_LEVERAGE + ", was " + botLeverage);
        }
    }

    /** The highest leverage this bot may use on this instrument: every cap at once. */
    public int leverageCap(Instrument instrument) {
        return Math.min(Math.min(botLeverage, leverage.max()), Math.min(PLATFORM_MAX_LEVERAGE, instrument.maxLeverage()));
    }
}
