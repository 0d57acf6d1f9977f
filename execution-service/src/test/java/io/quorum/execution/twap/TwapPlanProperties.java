package io.quorum.execution.twap;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TwapPlanProperties {

    /** An instrument and a tradable quantity of it: a whole number of steps, at least the minimum. */
    record Case(Instrument instrument, Quantity total) {
    }

    @Provide
    Arbitrary<Case> orders() {
        Arbitrary<BigDecimal> steps = Arbitraries.of(new BigDecimal("0.001"), new BigDecimal("0.01"), new BigDecimal("0.1"),
                BigDecimal.ONE, new BigDecimal("0.005"));
        return Combinators.combine(steps, Arbitraries.integers().between(1, 50), Arbitraries.longs().between(0, 200_000))
                .as((step, minSteps, extraSteps) -> {
                    BigDecimal min = step.multiply(BigDecimal.valueOf(minSteps));
                    Instrument instrument = new Instrument(Symbol.of("TESTUSDT"), new BigDecimal("0.01"), step, min, 100);
                    return new Case(instrument, Quantity.of(min.add(step.multiply(BigDecimal.valueOf(extraSteps)))));
                });
    }

    @Property(tries = 2000)
    void theSlicesAddUpToTheTotalEachTradableAndNoMoreThanAsked(@ForAll("orders") Case order,
                                                                @ForAll @IntRange(min = 2, max = 100) int wanted) {
        TwapPlan plan = TwapPlan.cut(order.total(), wanted, order.instrument(), Duration.ofMinutes(10));

        assertThat(plan.slices()).isBetween(1, wanted);
        BigDecimal sum = IntStream.rangeClosed(1, plan.slices()).mapToObj(plan::quantityOf)
                .map(Quantity::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(order.total().value());
        IntStream.rangeClosed(1, plan.slices()).mapToObj(plan::quantityOf)
                .forEach(slice -> assertThat(order.instrument().isTradable(slice)).as("slice %s", slice).isTrue());
        // the rest lands in the last slice, which is never smaller than the others
        assertThat(plan.quantityOf(plan.slices())).isGreaterThanOrEqualTo(plan.sliceQty());
    }

    @Property(tries = 2000)
    void itCutsIntoAsManySlicesAsAskedAsLongAsEachCanStillBeTheMinimum(@ForAll("orders") Case order,
                                                                       @ForAll @IntRange(min = 2, max = 100) int wanted) {
        TwapPlan plan = TwapPlan.cut(order.total(), wanted, order.instrument(), Duration.ofMinutes(10));

        int k = plan.slices();
        if (k < wanted) {
            // one slice more would have had to be below the minimum
            assertThat(evenSlice(order, k + 1)).isLessThan(order.instrument().minQty());
        }
        if (k > 1) {
            assertThat(plan.sliceQty().value()).isEqualByComparingTo(evenSlice(order, k));
        }
    }

    private static BigDecimal evenSlice(Case order, int slices) {
        return order.instrument().stepDown(order.total().value()
                .divide(BigDecimal.valueOf(slices), 30, RoundingMode.DOWN)).value();
    }

    @Example
    void tenMinutesInFiveSlicesIsOneSliceEveryTwoMinutesTheFirstAtTheStart() {
        Instrument btc = new Instrument(Symbol.of("BTCUSDT"), new BigDecimal("0.10"), new BigDecimal("0.001"),
                new BigDecimal("0.001"), 100);
        TwapPlan plan = TwapPlan.cut(Quantity.of("1.003"), 5, btc, Duration.ofMinutes(10));
        Instant start = Instant.parse("2030-01-01T00:00:00Z");

        assertThat(plan.slices()).isEqualTo(5);
        assertThat(plan.quantityOf(1)).isEqualTo(Quantity.of("0.2"));
        assertThat(plan.quantityOf(5)).isEqualTo(Quantity.of("0.203"));
        assertThat(plan.dueAt(start, 1)).isEqualTo(start);
        assertThat(plan.dueAt(start, 5)).isEqualTo(start.plus(Duration.ofMinutes(8)));
    }

    @Example
    void anOrderOfTheMinimumIsNotCutAndOneOfThreeMinimumsInAtMostThree() {
        Instrument btc = new Instrument(Symbol.of("BTCUSDT"), new BigDecimal("0.10"), new BigDecimal("0.001"),
                new BigDecimal("0.001"), 100);

        assertThat(TwapPlan.cut(Quantity.of("0.001"), 5, btc, Duration.ofMinutes(10)).slices()).isEqualTo(1);
        TwapPlan three = TwapPlan.cut(Quantity.of("0.003"), 5, btc, Duration.ofMinutes(10));
        assertThat(three.slices()).isEqualTo(3);
        assertThat(three.interval()).isEqualTo(Duration.ofSeconds(200));
    }
}
