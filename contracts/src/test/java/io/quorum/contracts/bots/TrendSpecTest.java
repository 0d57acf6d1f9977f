package io.quorum.contracts.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.signals.Threshold;
import io.quorum.contracts.signals.TradeAction;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendSpecTest {

    private static final TrendSpec.DistanceBounds TP = new TrendSpec.DistanceBounds(Percent.of("1"), Percent.of("6"), Percent.of("3"));
    private static final TrendSpec.DistanceBounds SL = new TrendSpec.DistanceBounds(Percent.of("0.5"), Percent.of("3"), Percent.of("1.5"));

    static TrendSpec spec(List<Interval> context, String risk, String maxLoss, String monitor,
                          Map<TradeAction, Threshold> thresholds, List<String> voters) {
        return new TrendSpec(TemplateId.of("conservative-trend"), Interval.M15, context, Percent.of(risk), Percent.of(maxLoss),
                new TrendSpec.LeverageBounds(1, 3), TP, SL, Percent.of(monitor), thresholds, voters);
    }

    static TrendSpec valid() {
        return spec(List.of(Interval.M15, Interval.H1, Interval.H4), "1", "20", "-10", TrendSpec.defaultThresholds(),
                List.of("ema-cross", "rsi-bands", "llm:default"));
    }

    @Test
    void theDefaultThresholdsAreTheDesignsAndExact() {
        TrendSpec spec = valid();

        assertThat(spec.thresholdOf(TradeAction.LONG)).hasToString("2/3");
        assertThat(spec.thresholdOf(TradeAction.SHORT)).hasToString("2/3");
        assertThat(spec.thresholdOf(TradeAction.CLOSE)).hasToString(">1/2");
        assertThat(spec.thresholdOf(TradeAction.DCA)).hasToString("3/3");
        assertThat(spec.thresholdOf(TradeAction.STOP_LOSS)).hasToString("1/3");
        assertThatThrownBy(() -> spec.thresholdOf(TradeAction.HOLD)).hasMessageContaining("HOLD takes no threshold");
    }

    @Test
    void refusesContextWithoutTheDecisionIntervalOrRepeated() {
        assertThatThrownBy(() -> spec(List.of(Interval.H1, Interval.H4), "1", "20", "-10", TrendSpec.defaultThresholds(),
                List.of("ema-cross"))).hasMessageContaining("including the decision interval 15m");
        assertThatThrownBy(() -> spec(List.of(Interval.M15, Interval.M15), "1", "20", "-10", TrendSpec.defaultThresholds(),
                List.of("ema-cross"))).hasMessageContaining("distinct");
    }

    @Test
    void refusesPercentagesOutsideTheirRanges() {
        List<Interval> ctx = List.of(Interval.M15);
        var t = TrendSpec.defaultThresholds();
        List<String> v = List.of("ema-cross");
        assertThatThrownBy(() -> spec(ctx, "0", "20", "-10", t, v)).hasMessageContaining("riskPercent must be above 0");
        assertThatThrownBy(() -> spec(ctx, "100.1", "20", "-10", t, v)).hasMessageContaining("riskPercent");
        assertThatThrownBy(() -> spec(ctx, "1", "-5", "-10", t, v)).hasMessageContaining("maxLossPercent");
        assertThatThrownBy(() -> spec(ctx, "1", "20", "10", t, v)).hasMessageContaining("stopLossMonitorPercent must be negative");
        assertThatThrownBy(() -> spec(ctx, "1", "20", "-100", t, v)).hasMessageContaining("stopLossMonitorPercent");
    }

    @Test
    void refusesLeverageBoundsAboveThePlatformCapOrUpsideDown() {
        assertThatThrownBy(() -> new TrendSpec.LeverageBounds(2, 21)).hasMessageContaining("max ≤ 20");
        assertThatThrownBy(() -> new TrendSpec.LeverageBounds(5, 3)).hasMessageContaining("min ≤ max");
        assertThatThrownBy(() -> new TrendSpec.LeverageBounds(0, 3)).hasMessageContaining("1 ≤ min");
        assertThat(new TrendSpec.LeverageBounds(2, 10).allows(10)).isTrue();
        assertThat(new TrendSpec.LeverageBounds(2, 10).allows(11)).isFalse();
    }

    @Test
    void refusesDistanceBoundsThatCouldPutAPriceAtZeroOrOutOfOrder() {
        assertThatThrownBy(() -> new TrendSpec.DistanceBounds(Percent.of("1"), Percent.of("100"), Percent.of("3")))
                .hasMessageContaining("max < 100");
        assertThatThrownBy(() -> new TrendSpec.DistanceBounds(Percent.of("0"), Percent.of("5"), Percent.of("3")))
                .hasMessageContaining("0 < min");
        assertThatThrownBy(() -> new TrendSpec.DistanceBounds(Percent.of("2"), Percent.of("5"), Percent.of("6")))
                .hasMessageContaining("fallback ≤ max");
    }

    @Test
    void needsAThresholdForEveryActionButHold() {
        Map<TradeAction, Threshold> missing = new EnumMap<>(TrendSpec.defaultThresholds());
        missing.remove(TradeAction.DCA);
        Map<TradeAction, Threshold> withHold = new EnumMap<>(TrendSpec.defaultThresholds());
        withHold.put(TradeAction.HOLD, Threshold.majority());

        assertThatThrownBy(() -> spec(List.of(Interval.M15), "1", "20", "-10", missing, List.of("ema-cross")))
                .hasMessageContaining("thresholds must give exactly");
        assertThatThrownBy(() -> spec(List.of(Interval.M15), "1", "20", "-10", withHold, List.of("ema-cross")))
                .hasMessageContaining("thresholds must give exactly");
    }

    @Test
    void refusesNoVotersRepeatedVotersAndNamesThatCouldCarryAnything() {
        var t = TrendSpec.defaultThresholds();
        List<Interval> ctx = List.of(Interval.M15);
        assertThatThrownBy(() -> spec(ctx, "1", "20", "-10", t, List.of())).hasMessageContaining("1 to 16 voters");
        assertThatThrownBy(() -> spec(ctx, "1", "20", "-10", t, List.of("ema-cross", "ema-cross")))
                .hasMessageContaining("must not repeat");
        assertThatThrownBy(() -> spec(ctx, "1", "20", "-10", t, List.of("llm:https://api.example.com?key=sk-1")))
                .hasMessageContaining("a voter name is");
    }
}
