package io.quorum.allocation.intents.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.allocation.ledger.BotBudget;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.SlippageBasis;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Over random books, orders and caps: a sized order is never larger than the intent's, never below the instrument's
 * minimum, always on its step; a scaled order's slippage fits and one step more would not; a refusal means not even
 * the minimum fits; the reported scale never overstates the approved share.
 */
class SlippageProperties {

    static final Instant AT = Instant.parse("2027-01-01T00:00:00Z");

    record Case(Symbol symbol, Side side, List<BookLevel> opposite, long limitTicks, int steps, Percent max) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Symbol> symbols = Arbitraries.of(Symbol.of("BTCUSDT"), Symbol.of("ETHUSDT"));
        return symbols.flatMap(symbol -> {
            Instrument rules = Instruments.find(symbol).orElseThrow();
            Arbitrary<List<BookLevel>> levels = Arbitraries.integers().between(1, 40).list().ofMinSize(1).ofMaxSize(8)
                    .flatMap(gaps -> Arbitraries.integers().between(1, 3000).list().ofSize(gaps.size()).map(sizes -> {
                        List<BookLevel> out = new ArrayList<>();
                        long tick = 0;
                        for (int i = 0; i < gaps.size(); i++) {
                            tick += i == 0 ? 0 : gaps.get(i);
                            // quantities from half a step up to 3000 steps; a level may hold less than the minimum
                            BigDecimal qty = rules.qtyStep().multiply(BigDecimal.valueOf(sizes.get(i))).divide(BigDecimal.TWO);
                            out.add(new BookLevel(Price.of(BigDecimal.valueOf(tick).multiply(rules.tickSize())
                                    .add(new BigDecimal("2000"))), Quantity.of(qty)));
                        }
                        return out;
                    }));
            return net.jqwik.api.Combinators.combine(Arbitraries.of(Side.BUY, Side.SELL), levels,
                    Arbitraries.longs().between(-5, 400), Arbitraries.integers().between(1, 4000),
                    Arbitraries.integers().between(0, 2000).map(thousandths -> Percent.of(BigDecimal.valueOf(thousandths, 3))))
                    .as((side, ascending, limitTicks, steps, max) -> new Case(symbol, side,
                            side == Side.BUY ? ascending : mirror(ascending, rules), limitTicks, steps, max));
        });
    }

    /** The same gaps and sizes as bids: best (highest) first, falling. */
    private static List<BookLevel> mirror(List<BookLevel> ascending, Instrument rules) {
        BigDecimal top = new BigDecimal("2000");
        return ascending.stream().map(level -> new BookLevel(Price.of(top.subtract(level.price().value().subtract(top))),
                level.quantity())).toList();
    }

    @Property(tries = 400)
    void aSizedOrderIsTradableNeverLargerAndAsLargeAsFits(@ForAll("cases") Case c) {
        Instrument rules = Instruments.find(c.symbol()).orElseThrow();
        BigDecimal best = c.opposite().getFirst().price().value();
        BigDecimal ticks = rules.tickSize().multiply(BigDecimal.valueOf(c.limitTicks()));
        Price limit = Price.of(c.side() == Side.BUY ? best.add(ticks) : best.subtract(ticks));
        Quantity wanted = Quantity.of(rules.qtyStep().multiply(BigDecimal.valueOf(c.steps())).max(rules.minQty()));
        OrderSpec order = OrderSpec.limit(c.symbol(), c.side(), limit, wanted, 5, false);
        UserId user = UserId.random();
        BotId bot = BotId.random();
        var context = new IntentContext(new OrderIntentCreated(IntentId.random(), user, bot, order, null), order,
                Optional.of(BotBudget.reserve(bot, user, Money.of("1000"))), Optional.empty(), null,
                Optional.of(new LatestBook(new OrderBookObserved(c.symbol(),
                        c.side() == Side.SELL ? c.opposite() : List.of(),
                        c.side() == Side.BUY ? c.opposite() : List.of(), 8), AT)), AT);
        BookWalk walk = new BookWalk(c.side(), c.opposite(), limit);

        switch (new SlippagePolicy(c.max(), Duration.ofMinutes(1)).size(context)) {
            case SlippagePolicy.Sized.Fits fits -> {
                BigDecimal qty = fits.order().quantity().value();
                Statistics.collect(fits.basis(), qty.compareTo(wanted.value()) < 0 ? "scaled" : "whole");
                assertThat(qty).isLessThanOrEqualTo(wanted.value());
                assertThat(rules.isTradable(fits.order().quantity())).isTrue();
                assertThat(fits.order().limitPrice()).isEqualTo(limit);
                assertThat(fits.scale()).isGreaterThan(BigDecimal.ZERO).isLessThanOrEqualTo(BigDecimal.ONE);
                assertThat(fits.scale().multiply(wanted.value())).isLessThanOrEqualTo(qty);
                if (fits.basis() == SlippageBasis.BOOK) {
                    assertThat(walk.fits(qty, c.max())).isTrue();
                    assertThat(fits.expectedSlippage()).isLessThanOrEqualTo(c.max());
                    if (qty.compareTo(wanted.value()) < 0) {
                        assertThat(walk.fits(qty.add(rules.qtyStep()), c.max())).isFalse();
                    } else {
                        assertThat(fits.scale()).isEqualByComparingTo(BigDecimal.ONE);
                    }
                } else {
                    assertThat(fits.basis()).isEqualTo(SlippageBasis.RESTING);
                    assertThat(walk.rests()).isTrue();
                    assertThat(qty).isEqualByComparingTo(wanted.value());
                }
            }
            case SlippagePolicy.Sized.Refused refused -> {
                Statistics.collect("refused", "");
                BigDecimal minimum = rules.minQty().divide(rules.qtyStep(), 0, java.math.RoundingMode.CEILING)
                        .multiply(rules.qtyStep());
                assertThat(walk.fits(minimum, c.max())).isFalse();
            }
        }
    }

    @Property(tries = 300)
    void slippageNeverFallsAsTheQuantityGrows(@ForAll("cases") Case c, @ForAll @IntRange(min = 1, max = 200) int more) {
        Instrument rules = Instruments.find(c.symbol()).orElseThrow();
        BookWalk walk = new BookWalk(c.side(), c.opposite(), null);
        BigDecimal small = rules.qtyStep().multiply(BigDecimal.valueOf(c.steps()));
        BigDecimal large = small.add(rules.qtyStep().multiply(BigDecimal.valueOf(more)));
        var atSmall = walk.slippage(small);
        var atLarge = walk.slippage(large);
        if (atSmall.isEmpty()) {
            assertThat(atLarge).isEmpty(); // beyond the visible depth a market order cannot be priced
        } else if (atLarge.isPresent()) {
            assertThat(atLarge.get()).isGreaterThanOrEqualTo(atSmall.get());
        }
    }
}
