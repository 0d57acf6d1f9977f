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

        /** Every resting order as the book lists them: buys best first, then sells best first, each price in arrival order. */
        List<RestingOrder> crossedByAnything() {
            List<RestingOrder> all = new ArrayList<>();
            for (Side side : Side.values()) {
                resting.stream().filter(order -> order.side() == side)
                        .sorted(side == Side.BUY ? Comparator.comparing(RestingOrder::limitPrice).reversed()
                                : Comparator.comparing(RestingOrder::limitPrice))
                        .forEach(all::add);
            }
            return all;
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

    /**
     * Orders rested in bursts, as the grid's next orders arrive after a tick's fills: the book takes them in at its
     * next read as one batch (sorted once, merged block by block), so here many rests come between two reads —
     * up to 120 at a time, at a few prices (ties, and the batch sort's fallback for keys bunched together) or at
     * many (spread, blocks merged into several), sometimes at a price far from the others (keys too far apart to
     * pack, the other fallback), with repeats of the same object, equal orders built again and orders already
     * resting among them, and ticks, removals and removals of a tick's fills in between. After every read the book
     * must agree with the reference, which takes each order at once.
     */
    @Property(tries = 200)
    void ordersRestedInBurstsRestAsIfOneByOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int steps,
                                             @ForAll @IntRange(min = 2, max = 400) int prices) {
        SplittableRandom random = new SplittableRandom(seed);
        PaperBook book = new PaperBook(BTC);
        Reference reference = new Reference();
        List<RestingOrder> made = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            int what = random.nextInt(100);
            if (what < 50 || made.isEmpty()) {
                int burst = 1 + random.nextInt(random.nextBoolean() ? 8 : 120);
                for (int i = 0; i < burst; i++) {
                    int kind = random.nextInt(20);
                    RestingOrder order;
                    if (kind == 0 && !made.isEmpty()) {
                        order = made.get(random.nextInt(made.size())); // the same object again
                    } else if (kind == 1 && !made.isEmpty()) {
                        RestingOrder earlier = made.get(random.nextInt(made.size()));
                        order = earlier.limitPrice().value().scale() <= 4 ? again(earlier) : earlier;
                    } else if (kind == 2) {
                        order = farOrder(random);
                    } else {
                        order = order(random, prices);
                    }
                    made.add(order);
                    book.rest(order);
                    reference.rest(order);
                }
            } else if (what < 60) {
                RestingOrder order = made.get(random.nextInt(made.size()));
                assertThat(book.remove(order)).as("remove, seed %d step %d", seed, step).isEqualTo(reference.remove(order));
            } else {
                Price tick = price(random, prices);
                Instant at = T0.plusSeconds(random.nextInt(12));
                List<RestingOrder> crossed = book.crossedBy(tick, at);
                assertThat(crossed).as("tick %s at %s, seed %d step %d", tick, at, seed, step)
                        .containsExactlyElementsOf(reference.crossedBy(tick, at));
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
            if (random.nextInt(3) == 0) { // sometimes the next read is the following step's, so bursts pile up
                assertThat(book.size()).as("size, seed %d step %d", seed, step).isEqualTo(reference.resting.size());
            }
        }
        assertThat(book.size()).as("size, seed %d", seed).isEqualTo(reference.resting.size());
        assertThat(book.orders()).as("every order, seed %d", seed)
                .containsExactlyElementsOf(reference.crossedByAnything());
        for (int p = 0; p <= prices + 1; p++) {
            Price tick = Price.of(BigDecimal.valueOf(1000 + p * 5L, 1));
            assertThat(book.crossedBy(tick, T0.plusSeconds(20))).as("final tick %s, seed %d", tick, seed)
                    .containsExactlyElementsOf(reference.crossedBy(tick, T0.plusSeconds(20)));
        }
    }

    /**
     * An order at a price far from the others — 10^-10 or 900,000,000, so one side's keys span more than 2^62 —
     * that no tick of the test fills into an order below zero: a buy at either, a sell at the high one.
     */
    private static RestingOrder farOrder(SplittableRandom random) {
        ClientOrderId id = ClientOrderId.forIntent(BOT, new IntentId(new UUID(2, random.nextInt(30))));
        boolean buy = random.nextBoolean();
        Price limit = buy && random.nextBoolean() ? Price.of("0.0000000001") : Price.of("900000000");
        return new RestingOrder(id, BOT, BTC, buy ? Side.BUY : Side.SELL, limit, T0.plusSeconds(random.nextInt(10)));
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
