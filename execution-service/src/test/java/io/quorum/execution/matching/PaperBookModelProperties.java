package io.quorum.execution.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The book against a naive reference — a list of the resting orders in the order they were rested — over random
 * sequences of rests (some of them again, or an equal order built again), removals one by one and in one go,
 * ticks whose fills are removed (sometimes after other orders were rested in between) and the grid's next orders
 * rested in their place. After every step, every tick fills exactly the orders the reference does, in the same order:
 * buys before sells, best price first, then arrival; and the sizes agree.
 */
class PaperBookModelProperties {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final BotId BOT = new BotId(new UUID(1, 2));

    /** The reference: resting orders in arrival order; a side, limit and id identify one. */
    private static final class Reference {
        final List<RestingOrder> resting = new ArrayList<>();

        boolean rest(RestingOrder order) {
            if (indexOf(order) >= 0) {
                return false;
            }
            resting.add(order);
            return true;
        }

        boolean remove(RestingOrder order) {
            int at = indexOf(order);
            if (at < 0 || !order.symbol().equals(BTC)) {
                return false;
            }
            resting.remove(at);
            return true;
        }

        int indexOf(RestingOrder order) {
            for (int i = 0; i < resting.size(); i++) {
                RestingOrder there = resting.get(i);
                if (there.side() == order.side() && there.limitPrice().compareTo(order.limitPrice()) == 0
                        && there.clientOrderId().equals(order.clientOrderId())) {
                    return i;
                }
            }
            return -1;
        }

        /** Scans every order; sorts stably, so arrival order stays within a price. */
        List<RestingOrder> crossedBy(Price tick, Instant at) {
            List<RestingOrder> crossed = new ArrayList<>();
            for (Side side : Side.values()) {
                resting.stream()
                        .filter(order -> order.side() == side && order.isCrossedBy(tick) && !order.placedAt().isAfter(at))
                        .sorted(side == Side.BUY ? Comparator.comparing(RestingOrder::limitPrice).reversed()
                                : Comparator.comparing(RestingOrder::limitPrice))
                        .forEach(crossed::add);
            }
            return crossed;
        }
    }

    @Property(tries = 300)
    void aBookFillsWhatTheNaiveReferenceFillsAfterAnySequenceOfChanges(@ForAll long seed,
                                                                       @ForAll @IntRange(min = 1, max = 400) int steps,
                                                                       @ForAll @IntRange(min = 2, max = 40) int prices) {
        SplittableRandom random = new SplittableRandom(seed);
        PaperBook book = new PaperBook(BTC);
        Reference reference = new Reference();
        List<RestingOrder> made = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int what = random.nextInt(100);
            if (what < 45 || made.isEmpty()) {
                RestingOrder order = what % 5 == 0 && !made.isEmpty() ? again(made.get(random.nextInt(made.size())))
                        : order(random, prices);
                made.add(order);
                book.rest(order);
                reference.rest(order);
            } else if (what < 60) {
                RestingOrder order = made.get(random.nextInt(made.size()));
                RestingOrder asked = random.nextBoolean() ? order : again(order);
                assertThat(book.remove(asked)).as("remove, seed %d step %d", seed, step).isEqualTo(reference.remove(asked));
            } else if (what < 68) {
                List<RestingOrder> some = new ArrayList<>();
                for (int i = random.nextInt(6); i > 0; i--) {
                    some.add(made.get(random.nextInt(made.size())));
                }
                int expected = 0;
                for (RestingOrder order : some) {
                    expected += reference.remove(order) ? 1 : 0;
                }
                assertThat(book.removeAll(some)).as("removeAll, seed %d step %d", seed, step).isEqualTo(expected);
            } else {
                // a tick: its fills leave the book, maybe after other orders rested, and the grid's next ones rest
                Price tick = price(random, prices);
                Instant at = T0.plusSeconds(random.nextInt(12));
                List<RestingOrder> crossed = book.crossedBy(tick, at);
                assertThat(crossed).as("tick %s at %s, seed %d step %d", tick, at, seed, step)
                        .containsExactlyElementsOf(reference.crossedBy(tick, at));
                if (random.nextInt(4) == 0) {
                    RestingOrder between = order(random, prices);
                    made.add(between);
                    book.rest(between);
                    reference.rest(between);
                }
                int expected = 0;
                for (RestingOrder order : crossed) {
                    expected += reference.remove(order) ? 1 : 0;
                }
                assertThat(book.removeAll(crossed)).isEqualTo(expected);
                for (RestingOrder filled : crossed) {
                    RestingOrder next = flipped(filled, random);
                    made.add(next);
                    book.rest(next);
                    reference.rest(next);
                }
            }
            assertThat(book.size()).as("size, seed %d step %d", seed, step).isEqualTo(reference.resting.size());
        }
        for (int p = 0; p <= prices + 1; p++) {
            Price tick = Price.of(BigDecimal.valueOf(1000 + p * 5L, 1));
            assertThat(book.crossedBy(tick, T0.plusSeconds(20))).as("final tick %s, seed %d", tick, seed)
                    .containsExactlyElementsOf(reference.crossedBy(tick, T0.plusSeconds(20)));
        }
    }

    /** Few prices (100.0, 100.5, …), a few placement seconds, ids often shared, so equal orders and ties are common. */
    private static RestingOrder order(SplittableRandom random, int prices) {
        ClientOrderId id = ClientOrderId.forIntent(BOT, new IntentId(new UUID(0, random.nextInt(30))));
        return new RestingOrder(id, BOT, BTC, random.nextBoolean() ? Side.BUY : Side.SELL, price(random, prices),
                T0.plusSeconds(random.nextInt(10)));
    }

    private static Price price(SplittableRandom random, int prices) {
        return Price.of(BigDecimal.valueOf(1000 + random.nextInt(prices) * 5L, 1));
    }

    /** An equal order, built again as from the database, its limit written with another scale. */
    private static RestingOrder again(RestingOrder order) {
        return new RestingOrder(order.clientOrderId(), order.botId(), order.symbol(), order.side(),
                Price.of(order.limitPrice().value().setScale(4)), order.placedAt());
    }

    /** The grid's next order on the slot: the other side, one or two steps away, with a new id. */
    private static RestingOrder flipped(RestingOrder filled, SplittableRandom random) {
        BigDecimal step = BigDecimal.valueOf(5L * (1 + random.nextInt(2)), 1);
        BigDecimal limit = filled.side() == Side.BUY ? filled.limitPrice().value().add(step)
                : filled.limitPrice().value().subtract(step);
        ClientOrderId id = ClientOrderId.forIntent(BOT, new IntentId(new UUID(1, random.nextInt(30))));
        return new RestingOrder(id, BOT, BTC, filled.side() == Side.BUY ? Side.SELL : Side.BUY, Price.of(limit),
                filled.placedAt());
    }
}
