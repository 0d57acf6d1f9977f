package io.quorum.signal.technical;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.context.Candle;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.OpenPosition;
import io.quorum.signal.voting.Abstention;
import io.quorum.signal.voting.Ballot;
import io.quorum.signal.voting.Vote;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the market did — flat, one-way, wild — a technical voter answers with a ballot, never an exception. */
class TechnicalVotersPropertiesTest {

    private static final Instant AT = Instant.parse("2025-06-10T00:00:00Z");

    @Property(tries = 300)
    void everyMarketGetsABallotAndTheSameMarketTheSameBallot(@ForAll("moves") List<Integer> m15Moves,
                                                             @ForAll("moves") List<Integer> h1Moves,
                                                             @ForAll("positions") OpenPosition position) {
        MarketContext context = new MarketContext(Symbol.of("BTCUSDT"), AT, candles(m15Moves, Duration.ofMinutes(15)),
                candles(h1Moves, Duration.ofHours(1)), List.of(), position);

        for (var voter : List.of(new EmaCrossVoter(), new RsiBandVoter())) {
            Ballot ballot = voter.vote(context);
            assertThat(ballot).isEqualTo(voter.vote(context));
            if (context.m15().size() < IndicatorSettings.DEFAULTS.candlesNeeded()) {
                assertThat(ballot).isInstanceOf(Abstention.class);
            } else if (ballot instanceof Vote vote) {
                assertThat(vote.explanation()).isNotBlank();
            }
        }
    }

    /** Close-to-close moves in basis points; zero runs give flat markets, where RSI has no gains or losses. */
    @Provide
    Arbitrary<List<Integer>> moves() {
        Arbitrary<Integer> move = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(-300, 300));
        return move.list().ofMinSize(0).ofMaxSize(150);
    }

    @Provide
    Arbitrary<OpenPosition> positions() {
        return Arbitraries.of(Side.class)
                .map(side -> new OpenPosition(side, Quantity.of("0.01"), Price.of("100000")))
                .injectNull(0.4);
    }

    private static List<Candle> candles(List<Integer> moves, Duration length) {
        List<Candle> candles = new ArrayList<>();
        BigDecimal close = BigDecimal.valueOf(100_000);
        Instant open = AT.minus(length.multipliedBy(moves.size()));
        for (int move : moves) {
            BigDecimal next = close.add(close.multiply(BigDecimal.valueOf(move)).movePointLeft(4)).max(BigDecimal.ONE);
            candles.add(new Candle(open, open.plus(length), close, close.max(next), close.min(next), next, BigDecimal.TEN));
            close = next;
            open = open.plus(length);
        }
        return candles;
    }
}
