package io.quorum.marketdata.candles.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AggregationPropertiesTest {

    private static final Instant HOUR = Instant.parse("2025-06-01T13:00:00Z");

    /** A valid minute shape: open and close somewhere inside low..high, prices on a 0.01 tick. */
    record Shape(BigDecimal low, BigDecimal high, BigDecimal open, BigDecimal close, BigDecimal volume) {
    }

    @Provide
    Arbitrary<List<Shape>> minutes() {
        Arbitrary<BigDecimal> cents = Arbitraries.longs().between(1, 20_000_000).map(c -> BigDecimal.valueOf(c, 2));
        Arbitrary<BigDecimal> fraction = Arbitraries.integers().between(0, 100).map(p -> BigDecimal.valueOf(p, 2));
        Arbitrary<BigDecimal> volume = Arbitraries.longs().between(0, 10_000_000).map(v -> BigDecimal.valueOf(v, 3));
        Arbitrary<Shape> shape = Combinators.combine(cents, cents, fraction, fraction, volume).as((a, b, f, g, v) -> {
            BigDecimal low = a.min(b);
            BigDecimal range = a.max(b).subtract(low);
            return new Shape(low, a.max(b), low.add(range.multiply(f)), low.add(range.multiply(g)), v);
        });
        return shape.list().ofMinSize(1).ofMaxSize(60);
    }

    /** Consecutive minutes of one hour, starting {@code skip} minutes in (or as late as still fits). */
    private static List<Candle> candles(List<Shape> shapes, int skip) {
        int first = Math.min(skip, 60 - shapes.size());
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Shape s = shapes.get(i);
            candles.add(new Candle(Symbol.of("BTCUSDT"), Interval.M1, HOUR.plusSeconds(60L * (first + i)),
                    Price.of(s.open()), Price.of(s.high()), Price.of(s.low()), Price.of(s.close()), Quantity.of(s.volume())));
        }
        return candles;
    }

    @Property
    void aggregatedCandleBoundsEveryPartAndKeepsFirstOpenLastCloseAndTotalVolume(@ForAll("minutes") List<Shape> shapes, @ForAll @IntRange(max = 59) int skip) {
        List<Candle> parts = candles(shapes, skip);

        Candle hour = Aggregation.of(Interval.H1, parts);

        assertThat(hour.openTime()).isEqualTo(HOUR);
        assertThat(hour.open()).isEqualTo(parts.getFirst().open());
        assertThat(hour.close()).isEqualTo(parts.getLast().close());
        for (Candle part : parts) {
            assertThat(hour.high()).isGreaterThanOrEqualTo(part.high());
            assertThat(hour.low()).isLessThanOrEqualTo(part.low());
        }
        assertThat(parts).anyMatch(part -> part.high().equals(hour.high()));
        assertThat(parts).anyMatch(part -> part.low().equals(hour.low()));
        assertThat(hour.volume().value()).isEqualByComparingTo(
                parts.stream().map(part -> part.volume().value()).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
