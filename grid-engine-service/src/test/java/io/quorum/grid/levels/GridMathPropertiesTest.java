package io.quorum.grid.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GridMathPropertiesTest {

    private static final Instrument BTC = Instruments.of(Symbol.of("BTCUSDT"));
    private static final BigDecimal TICK = BTC.tickSize();

    @Property
    void levelsAreOnTickInsideTheRangeAndOneMoreThanTheGridCount(@ForAll("anyGrid") GridSpec spec) {
        List<BigDecimal> levels = GridMath.onTicks(GridMath.exactLevels(spec), spec, BTC);

        assertThat(levels).hasSize(spec.gridCount() + 1);
        assertThat(levels).allSatisfy(level -> {
            assertThat(BTC.isOnTick(Price.of(level))).isTrue();
            assertThat(level).isBetween(spec.lower().value(), spec.upper().value());
        });
    }

    @Property
    void levelsRiseStrictlyWhenTheExactSpacingExceedsTwoTicks(@ForAll("anyGrid") GridSpec spec) {
        List<BigDecimal> exact = GridMath.exactLevels(spec);
        Assume.that(IntStream.range(1, exact.size())
                .allMatch(i -> exact.get(i).subtract(exact.get(i - 1)).compareTo(TICK.multiply(BigDecimal.TWO)) >= 0));

        List<BigDecimal> levels = GridMath.onTicks(exact, spec, BTC);

        assertThat(levels).isSorted().doesNotHaveDuplicates();
        assertThat(new LevelSpacingPolicy().check(exact, levels, BTC).allowed()).isTrue();
    }

    @Property
    void arithmeticStepsAreEqualWithinOneTick(@ForAll("onTickGrid") GridSpec grid) {
        GridSpec spec = new GridSpec(grid.lower(), grid.upper(), grid.gridCount(), GridSpacing.ARITHMETIC);
        List<BigDecimal> levels = GridMath.onTicks(GridMath.exactLevels(spec), spec, BTC);

        List<BigDecimal> steps = IntStream.range(1, levels.size()).mapToObj(i -> levels.get(i).subtract(levels.get(i - 1))).toList();

        assertThat(Collections.max(steps).subtract(Collections.min(steps))).isLessThanOrEqualTo(TICK);
        assertThat(levels.getFirst()).isEqualByComparingTo(spec.lower().value());
        assertThat(levels.getLast()).isEqualByComparingTo(spec.upper().value());
    }

    @Property
    void geometricLevelsKeepAConstantRatioWithinTickRounding(@ForAll("onTickGrid") GridSpec grid) {
        GridSpec spec = new GridSpec(grid.lower(), grid.upper(), grid.gridCount(), GridSpacing.GEOMETRIC);
        List<BigDecimal> levels = GridMath.onTicks(GridMath.exactLevels(spec), spec, BTC);
        double lower = spec.lower().value().doubleValue();
        double ratio = Math.pow(spec.upper().value().doubleValue() / lower, 1.0 / spec.gridCount());
        double halfTick = TICK.doubleValue() / 2;

        for (int i = 0; i < levels.size(); i++) {
            // a double is precise enough to check against: its error is far below a tick at these prices
            assertThat(Math.abs(levels.get(i).doubleValue() - lower * Math.pow(ratio, i))).isLessThanOrEqualTo(halfTick + 1e-6);
        }
        for (int i = 1; i < levels.size(); i++) {
            double below = levels.get(i - 1).doubleValue();
            double rounding = halfTick * (1 + ratio) / below;
            assertThat(Math.abs(levels.get(i).doubleValue() / below - ratio)).isLessThanOrEqualTo(rounding + 1e-12);
        }
    }

    @Property
    void theNthRootRaisedToTheNthIsTheValue(@ForAll("ratios") BigDecimal value, @ForAll("counts") int n) {
        BigDecimal root = GridMath.nthRoot(value, n);

        BigDecimal back = root.pow(n, MathContext.DECIMAL128);
        assertThat(back.subtract(value).abs()).isLessThan(value.movePointLeft(20));
    }

    @Provide
    Arbitrary<GridSpec> anyGrid() {
        Arbitrary<BigDecimal> lower = Arbitraries.bigDecimals().between(new BigDecimal("100"), new BigDecimal("90000")).ofScale(3);
        Arbitrary<BigDecimal> width = Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("50000")).ofScale(3);
        return Combinators.combine(lower, width, counts(), Arbitraries.of(GridSpacing.class))
                .as((low, w, n, spacing) -> new GridSpec(Price.of(low), Price.of(low.add(w)), n, spacing));
    }

    @Provide
    Arbitrary<GridSpec> onTickGrid() {
        Arbitrary<Long> lowerTicks = Arbitraries.longs().between(1_000, 900_000);
        Arbitrary<Long> widthTicks = Arbitraries.longs().between(2_000, 500_000);
        return Combinators.combine(lowerTicks, widthTicks, counts())
                .as((low, w, n) -> new GridSpec(Price.of(TICK.multiply(BigDecimal.valueOf(low))),
                        Price.of(TICK.multiply(BigDecimal.valueOf(low + w))), n, GridSpacing.ARITHMETIC));
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.integers().between(GridSpec.MIN_GRIDS, GridSpec.MAX_GRIDS);
    }

    @Provide
    Arbitrary<BigDecimal> ratios() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1.0001"), new BigDecimal("100")).ofScale(6);
    }
}
