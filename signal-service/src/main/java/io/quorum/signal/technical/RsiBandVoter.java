package io.quorum.signal.technical;

import io.quorum.signal.voting.Action;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.context.Voter;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.AbstentionReason;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Vote;
import io.quorum.signal.voting.VoterId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Mean reversion on the 15m RSI: at or below the lower band (oversold) votes LONG, at or above the
 * upper band (overbought) votes SHORT. With a position open it never adds: an RSI past the band
 * opposite the position's side (a long with RSI ≥ upper, a short with RSI ≤ lower) votes CLOSE,
 * since the move that favoured the position is likely spent.
 */
public final class RsiBandVoter implements Voter {

    private static final BigDecimal SIGNAL = new BigDecimal("0.6");
    private static final BigDecimal NEUTRAL = new BigDecimal("0.5");

    private final VoterId id;
    private final IndicatorSettings settings;
    private final BigDecimal lower;
    private final BigDecimal upper;

    public RsiBandVoter(String name, IndicatorSettings settings, BigDecimal lower, BigDecimal upper) {
        if (lower.signum() <= 0 || lower.compareTo(upper) >= 0 || upper.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("RSI bands need 0 < lower < upper < 100, were " + lower + " and " + upper);
        }
        this.id = VoterId.technical(name);
        this.settings = settings;
        this.lower = lower;
        this.upper = upper;
    }

    public RsiBandVoter() {
        this("rsi-band", IndicatorSettings.DEFAULTS, BigDecimal.valueOf(30), BigDecimal.valueOf(70));
    }

    @Override
    public VoterId id() {
        return id;
    }

    @Override
    public Ballot vote(MarketContext context) {
        Optional<String> missing = Indicators.shortfall(context.m15(), settings, "15m");
        if (missing.isPresent()) {
            return new Abstention(id, AbstentionReason.NOT_ENOUGH_DATA, missing.get());
        }
        BigDecimal rsi = Indicators.rsi(context.m15(), settings);
        String reading = "15m RSI" + settings.rsiPeriod() + " is " + rsi.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        boolean oversold = rsi.compareTo(lower) <= 0;
        boolean overbought = rsi.compareTo(upper) >= 0;
        if (context.openPosition().isPresent()) {
            OpenPosition position = context.openPosition().get();
            boolean pastOpposite = position.isLong() ? overbought : oversold;
            String held = position.isLong() ? "long" : "short";
            return pastOpposite
                    ? vote(Action.CLOSE, SIGNAL, reading + ", past the " + (position.isLong() ? "upper band " + upper
                            : "lower band " + lower) + " against the open " + held)
                    : vote(Action.HOLD, NEUTRAL, reading + ", nothing to do for the open " + held);
        }
        if (oversold) {
            return vote(Action.LONG, SIGNAL, reading + ", at or below " + lower + ": oversold");
        }
        if (overbought) {
            return vote(Action.SHORT, SIGNAL, reading + ", at or above " + upper + ": overbought");
        }
        return vote(Action.HOLD, NEUTRAL, reading + ", between " + lower + " and " + upper);
    }

    private Vote vote(Action action, BigDecimal confidence, String explanation) {
        return Vote.of(id, action, confidence, explanation);
    }
}
