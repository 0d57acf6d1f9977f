package io.quorum.contracts.bots;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.signals.Threshold;
import io.quorum.contracts.signals.TradeAction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How an AI trend bot trades, resolved from its template when it starts and carried on {@code BotStarted},
 * so the signal service needs nothing but the lifecycle topic to run it.
 *
 * <ul>
 *   <li>{@code decisionInterval}: the voters decide on each closed candle of it (15m); {@code contextIntervals}
 *       the candles they see (15m, 1h, 4h), the decision interval among them.</li>
 *   <li>{@code riskPercent}: the amount a trade may lose at its stop, in % of the bot's budget (0 < x ≤ 100).</li>
 *   <li>{@code maxLossPercent}: the most a trade may lose at the bot's leverage, in % of the margin it puts up
 *       (0 < x ≤ 100); the stop is moved closer until this holds.</li>
 *   <li>{@code leverage}: what voters may propose, 1 ≤ min ≤ max ≤ 20; the bot's own leverage lies within.</li>
 *   <li>{@code takeProfit}, {@code stopLoss}: how far from the entry, in % of the entry, with the distance used
 *       when no voter proposes a usable one.</li>
 *   <li>{@code stopLossMonitorPercent}: a position whose unrealised result reaches this share of its margin
 *       (negative, above −100; −10 by default) calls a STOP_LOSS vote.</li>
 *   <li>{@code thresholds}: for each of LONG, SHORT, CLOSE, DCA and STOP_LOSS, the share of the voters asked
 *       that must agree.</li>
 *   <li>{@code voters}: names such as {@code ema-cross}, {@code rsi-bands}, {@code llm:default}. An LLM voter
 *       names a provider the platform is configured with; endpoints and keys never travel in events.</li>
 * </ul>
 */
public record TrendSpec(TemplateId templateId, Interval decisionInterval, List<Interval> contextIntervals,
                        Percent riskPercent, Percent maxLossPercent, LeverageBounds leverage,
                        DistanceBounds takeProfit, DistanceBounds stopLoss, Percent stopLossMonitorPercent,
                        Map<TradeAction, Threshold> thresholds, List<String> voters) {

    public static final int MAX_VOTERS = 16;
    private static final Pattern VOTER_NAME = Pattern.compile("[a-z0-9]+([:._-][a-z0-9]+)*");
    private static final int MAX_VOTER_NAME = 64;
    private static final BigDecimal MINUS_HUNDRED = BigDecimal.valueOf(-100);

    public TrendSpec {
        requireNonNull(templateId, "templateId");
        requireNonNull(decisionInterval, "decisionInterval");
        requireNonNull(leverage, "leverage");
        requireNonNull(takeProfit, "takeProfit");
        requireNonNull(stopLoss, "stopLoss");
        contextIntervals = List.copyOf(requireNonNull(contextIntervals, "contextIntervals"));
        if (!contextIntervals.contains(decisionInterval) || new HashSet<>(contextIntervals).size() != contextIntervals.size()) {
            throw new IllegalArgumentException("contextIntervals must list distinct intervals including the decision interval "
                    + decisionInterval.label() + ", were " + contextIntervals.stream().map(Interval::label).toList());
        }
        within("riskPercent", riskPercent, "above 0 and at most 100", p -> p.isPositive() && p.compareTo(Percent.HUNDRED) <= 0);
        within("maxLossPercent", maxLossPercent, "above 0 and at most 100",
                p -> p.isPositive() && p.compareTo(Percent.HUNDRED) <= 0);
        within("stopLossMonitorPercent", stopLossMonitorPercent, "negative and above -100",
                p -> p.isNegative() && p.value().compareTo(MINUS_HUNDRED) > 0);
        thresholds = checkedThresholds(thresholds);
        voters = checkedVoters(voters);
    }

    /** What voters may propose as leverage; never above the platform's cap. */
    public record LeverageBounds(int min, int max) {
        public LeverageBounds {
            if (min < 1 || min > max || max > BotStarted.MAX_LEVERAGE) {
                throw new IllegalArgumentException("leverage bounds need 1 ≤ min ≤ max ≤ " + BotStarted.MAX_LEVERAGE
                        + ", were " + min + "-" + max);
            }
        }

        public boolean allows(int leverage) {
            return leverage >= min && leverage <= max;
        }
    }

    /** A distance from the entry in % of the entry: 0 < min ≤ fallback ≤ max < 100, so a price on either side stays positive. */
    public record DistanceBounds(Percent min, Percent max, Percent fallback) {
        public DistanceBounds {
            requireNonNull(min, "min");
            requireNonNull(max, "max");
            requireNonNull(fallback, "fallback");
            if (!min.isPositive() || min.compareTo(fallback) > 0 || fallback.compareTo(max) > 0
                    || max.compareTo(Percent.HUNDRED) >= 0) {
                throw new IllegalArgumentException("distance bounds need 0 < min ≤ fallback ≤ max < 100 (% of the entry), were "
                        + min + ", " + fallback + ", " + max);
            }
        }
    }

    /** The defaults of Quorum's design: opening 2/3, closing a majority, adding all, an emergency stop 1/3. */
    public static Map<TradeAction, Threshold> defaultThresholds() {
        Map<TradeAction, Threshold> defaults = new EnumMap<>(TradeAction.class);
        defaults.put(TradeAction.LONG, Threshold.atLeast(2, 3));
        defaults.put(TradeAction.SHORT, Threshold.atLeast(2, 3));
        defaults.put(TradeAction.CLOSE, Threshold.majority());
        defaults.put(TradeAction.DCA, Threshold.atLeast(3, 3));
        defaults.put(TradeAction.STOP_LOSS, Threshold.atLeast(1, 3));
        return Collections.unmodifiableMap(defaults);
    }

    public Threshold thresholdOf(TradeAction action) {
        Threshold threshold = thresholds.get(action);
        if (threshold == null) {
            throw new IllegalArgumentException(action + " takes no threshold");
        }
        return threshold;
    }

    private static void within(String name, Percent value, String range, Predicate<Percent> ok) {
        requireNonNull(value, name);
        if (!ok.test(value)) {
            throw new IllegalArgumentException(name + " must be " + range + ", was " + value);
        }
    }

    private static Map<TradeAction, Threshold> checkedThresholds(Map<TradeAction, Threshold> thresholds) {
        requireNonNull(thresholds, "thresholds");
        Set<TradeAction> needed = EnumSet.noneOf(TradeAction.class);
        Arrays.stream(TradeAction.values()).filter(TradeAction::needsQuorum).forEach(needed::add);
        if (!thresholds.keySet().equals(needed) || thresholds.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("thresholds must give exactly " + needed + " a threshold, gave "
                    + thresholds.keySet());
        }
        return Collections.unmodifiableMap(new EnumMap<>(thresholds));
    }

    private static List<String> checkedVoters(List<String> voters) {
        requireNonNull(voters, "voters");
        if (voters.isEmpty() || voters.size() > MAX_VOTERS) {
            throw new IllegalArgumentException("a trend bot needs 1 to " + MAX_VOTERS + " voters, had " + voters.size());
        }
        for (String voter : voters) {
            if (voter == null || voter.length() > MAX_VOTER_NAME || !VOTER_NAME.matcher(voter).matches()) {
                throw new IllegalArgumentException("a voter name is lower-case letters and digits joined by ':', '.', '_' "
                        + "or '-', at most " + MAX_VOTER_NAME + " characters, was '" + voter + "'");
            }
        }
        if (new HashSet<>(voters).size() != voters.size()) {
            throw new IllegalArgumentException("voters must not repeat, were " + voters);
        }
        return List.copyOf(voters);
    }
}
