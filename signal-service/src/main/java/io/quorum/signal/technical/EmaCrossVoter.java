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
import java.util.Optional;

/**
 * Trend following: the fast EMA crossing above the slow one on the last closed 15m candle, while
 * the 1h fast EMA is above its slow one, votes LONG; the mirror votes SHORT. The hour must agree
 * because a 15-minute cross alone flips back and forth in a range. With a position open, it only
 * watches the 1h trend: a position against it votes CLOSE.
 */
public final class EmaCrossVoter implements Voter {

    /** Consensus counts votes, not confidence; these only tell users and prompts how strong the rule is. */
    private static final BigDecimal SIGNAL = new BigDecimal("0.7");
    private static final BigDecimal NEUTRAL = new BigDecimal("0.5");

    private final VoterId id;
    private final IndicatorSettings settings;

    public EmaCrossVoter(String name, IndicatorSettings settings) {
        this.id = VoterId.technical(name);
        this.settings = settings;
    }

    public EmaCrossVoter() {
        this("ema-cross", IndicatorSettings.DEFAULTS);
    }

    @Override
    public VoterId id() {
        return id;
    }

    @Override
    public Ballot vote(MarketContext context) {
        Optional<String> missing = Indicators.shortfall(context.m15(), settings, "15m")
                .or(() -> Indicators.shortfall(context.h1(), settings, "1h"));
        if (missing.isPresent()) {
            return new Abstention(id, AbstentionReason.NOT_ENOUGH_DATA, missing.get());
        }
        EmaPair hour = Indicators.emas(context.h1(), settings, 0);
        String trend = "1h EMA" + settings.emaFast() + "/" + settings.emaSlow() + " " + hour;
        if (context.openPosition().isPresent()) {
            return withPosition(context.openPosition().get(), hour, trend);
        }
        EmaPair now = Indicators.emas(context.m15(), settings, 0);
        EmaPair before = Indicators.emas(context.m15(), settings, 1);
        String cross = "15m EMA" + settings.emaFast() + "/" + settings.emaSlow() + " " + before + " → " + now;
        if (!before.fastAbove() && now.fastAbove()) {
            return hour.fastAbove()
                    ? vote(Action.LONG, SIGNAL, "fast EMA crossed above slow on 15m (" + cross + ") with the 1h trend up (" + trend + ")")
                    : vote(Action.HOLD, NEUTRAL, "15m crossed up (" + cross + ") but the 1h trend is not up (" + trend + ")");
        }
        if (!before.fastBelow() && now.fastBelow()) {
            return hour.fastBelow()
                    ? vote(Action.SHORT, SIGNAL, "fast EMA crossed below slow on 15m (" + cross + ") with the 1h trend down (" + trend + ")")
                    : vote(Action.HOLD, NEUTRAL, "15m crossed down (" + cross + ") but the 1h trend is not down (" + trend + ")");
        }
        return vote(Action.HOLD, NEUTRAL, "no EMA cross on the last 15m candle (" + cross + "); " + trend);
    }

    private Vote withPosition(OpenPosition position, EmaPair hour, String trend) {
        boolean against = position.isLong() ? hour.fastBelow() : hour.fastAbove();
        String held = position.isLong() ? "long" : "short";
        return against
                ? vote(Action.CLOSE, SIGNAL, "the open " + held + " runs against the 1h trend (" + trend + ")")
                : vote(Action.HOLD, NEUTRAL, "the 1h trend does not turn against the open " + held + " (" + trend + ")");
    }

    private Vote vote(Action action, BigDecimal confidence, String explanation) {
        return Vote.of(id, action, confidence, explanation);
    }
}
