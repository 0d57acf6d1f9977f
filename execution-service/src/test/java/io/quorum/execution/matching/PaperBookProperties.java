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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PaperBookProperties {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final BotId BOT = BotId.random();

    @Property(tries = 300)
    void aTickFillsExactlyTheOrdersWhosePriceItCrossedAndThatWerePlacedBeforeIt(
            @ForAll("orders") @Size(max = 60) List<RestingOrder> orders,
            @ForAll("prices") Price tick,
            @ForAll @IntRange(min = 0, max = 100) int tickSecond) {
        PaperBook book = new PaperBook(BTC);
        orders.forEach(book::rest);
        Instant at = T0.plusSeconds(tickSecond);

        Set<RestingOrder> expected = orders.stream()
                .filter(order -> order.side() == Side.BUY ? tick.compareTo(order.limitPrice()) <= 0
                        : tick.compareTo(order.limitPrice()) >= 0)
                .filter(order -> !order.placedAt().isAfter(at))
                .collect(Collectors.toSet());

        List<RestingOrder> crossed = book.crossedBy(tick, at);
        assertThat(crossed).doesNotHaveDuplicates();
        assertThat(Set.copyOf(crossed)).isEqualTo(expected);
    }

    @Property(tries = 200)
    void crossedOrdersComeBestPriceFirst(@ForAll("orders") @Size(max = 60) List<RestingOrder> orders,
                                         @ForAll("prices") Price tick) {
        PaperBook book = new PaperBook(BTC);
        orders.forEach(book::rest);

        List<RestingOrder> crossed = book.crossedBy(tick, T0.plusSeconds(1000));
        List<Price> buys = crossed.stream().filter(o -> o.side() == Side.BUY).map(RestingOrder::limitPrice).toList();
        List<Price> sells = crossed.stream().filter(o -> o.side() == Side.SELL).map(RestingOrder::limitPrice).toList();
        assertThat(buys).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(sells).isSorted();
    }

    @Property(tries = 200)
    void removedOrdersAreNeverCrossedAgain(@ForAll("orders") @Size(max = 60) List<RestingOrder> orders,
                                           @ForAll("prices") Price tick) {
        PaperBook book = new PaperBook(BTC);
        orders.forEach(book::rest);
        Instant later = T0.plusSeconds(1000);

        List<RestingOrder> crossed = book.crossedBy(tick, later);
        crossed.forEach(book::remove);

        assertThat(book.crossedBy(tick, later)).isEmpty();
        assertThat(book.size()).isEqualTo(orders.size() - crossed.size());
    }

    @Property(tries = 200)
    void afterAnyRestsAndRemovalsATickFillsWhatAScanOfTheRestingOrdersWould(
            @ForAll("orders") @Size(max = 60) List<RestingOrder> orders,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 59) Integer> removals,
            @ForAll("prices") Price tick) {
        PaperBook book = new PaperBook(BTC);
        Map<ClientOrderId, RestingOrder> resting = new LinkedHashMap<>();
        for (int i = 0; i < orders.size(); i++) {
            book.rest(orders.get(i));
            resting.put(orders.get(i).clientOrderId(), orders.get(i));
            // removals interleave with rests, so the best price moves both ways
            if (i < removals.size() && removals.get(i) <= i) {
                RestingOrder gone = orders.get(removals.get(i));
                assertThat(book.remove(gone)).isEqualTo(resting.remove(gone.clientOrderId()) != null);
            }
        }
        Instant later = T0.plusSeconds(1000);

        Set<RestingOrder> scanned = resting.values().stream().filter(order -> order.isCrossedBy(tick)).collect(Collectors.toSet());
        assertThat(book.crossedBy(tick, later)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(scanned);
        assertThat(book.size()).isEqualTo(resting.size());
    }

    /**
     * Deep books: many more orders than a block of a side holds, rested in random order and removed again in
     * bulk, so blocks split and merge both ways; every tick still fills what a scan of the resting orders fills,
     * best price first.
     */
    @Property(tries = 40)
    void inDeepBooksThatGrowAndShrinkATickFillsWhatAScanWould(
            @ForAll @Size(min = 300, max = 1500) List<@IntRange(min = 1, max = 4000) Integer> cents,
            @ForAll @IntRange(min = 0, max = 100) int removedPercent,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 4100) Integer> tickCents) {
        PaperBook book = new PaperBook(BTC);
        Map<ClientOrderId, RestingOrder> resting = new LinkedHashMap<>();
        for (int i = 0; i < cents.size(); i++) {
            Side side = i % 2 == 0 ? Side.BUY : Side.SELL;
            RestingOrder order = new RestingOrder(ClientOrderId.forIntent(BOT, IntentId.random()), BOT, BTC, side,
                    Price.of(BigDecimal.valueOf(cents.get(i), 2)), T0);
            book.rest(order);
            resting.put(order.clientOrderId(), order);
        }
        List<RestingOrder> rested = List.copyOf(resting.values());
        for (int i = 0; i < rested.size() * removedPercent / 100; i++) {
            RestingOrder gone = rested.get((i * 7919) % rested.size());
            assertThat(book.remove(gone)).isEqualTo(resting.remove(gone.clientOrderId()) != null);
        }

        for (int cent : tickCents) {
            Price tick = Price.of(BigDecimal.valueOf(cent + 1, 2));
            List<RestingOrder> crossed = book.crossedBy(tick, T0);
            Set<RestingOrder> scanned = resting.values().stream().filter(order -> order.isCrossedBy(tick)).collect(Collectors.toSet());
            assertThat(crossed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(scanned);
            assertThat(crossed.stream().filter(o -> o.side() == Side.SELL).map(RestingOrder::limitPrice).toList()).isSorted();
            crossed.stream().limit(cent % 50).forEach(order -> {
                book.remove(order);
                resting.remove(order.clientOrderId());
            });
        }
        assertThat(book.size()).isEqualTo(resting.size());
    }

    /**
     * Hundreds of orders at a handful of prices, so the orders of one price span several blocks: a tick still
     * fills them best price first and, within a price, in the order they were rested, and removing any of them
     * (here every third) keeps that order for the rest.
     */
    @Property(tries = 30)
    void ordersOfOnePriceSpanningBlocksFillInArrivalOrder(@ForAll @Size(min = 100, max = 600) List<@IntRange(min = 0, max = 4) Integer> steps,
                                                          @ForAll @IntRange(min = 0, max = 2) int removedFrom) {
        PaperBook book = new PaperBook(BTC);
        List<RestingOrder> rested = new ArrayList<>();
        for (int step : steps) {
            RestingOrder order = new RestingOrder(ClientOrderId.forIntent(BOT, IntentId.random()), BOT, BTC, Side.SELL,
                    Price.of(BigDecimal.valueOf(100 + step)), T0);
            book.rest(order);
            rested.add(order);
        }
        List<RestingOrder> remaining = new ArrayList<>();
        for (int i = 0; i < rested.size(); i++) {
            if (i % 3 == removedFrom) {
                assertThat(book.remove(rested.get(i))).isTrue();
            } else {
                remaining.add(rested.get(i));
            }
        }

        List<RestingOrder> expected = remaining.stream()
                .sorted(Comparator.comparing(RestingOrder::limitPrice)) // stable: arrival order within a price
                .toList();
        assertThat(book.crossedBy(Price.of("104"), T0)).containsExactlyElementsOf(expected);
    }

    /** Ticks with more decimals than a limit can have still compare exactly with every limit. */
    @Property(tries = 200)
    void aTickWithManyDecimalsFillsExactlyWhatAScanFills(@ForAll("orders") @Size(max = 60) List<RestingOrder> orders,
                                                        @ForAll @IntRange(min = 89, max = 111) int whole,
                                                        @ForAll @IntRange(min = -3, max = 3) int nudge) {
        PaperBook book = new PaperBook(BTC);
        orders.forEach(book::rest);
        Price tick = Price.of(BigDecimal.valueOf(whole).add(BigDecimal.valueOf(nudge, 14)).max(BigDecimal.ONE));

        Set<RestingOrder> scanned = orders.stream().filter(order -> order.isCrossedBy(tick)).collect(Collectors.toSet());
        assertThat(book.crossedBy(tick, T0.plusSeconds(1000))).containsExactlyInAnyOrderElementsOf(scanned);
    }

    @Provide
    Arbitrary<List<RestingOrder>> orders() {
        return order().list();
    }

    @Provide
    Arbitrary<Price> prices() {
        // few distinct prices, so ticks land exactly on limits as often as between them
        return Arbitraries.oneOf(
                Arbitraries.integers().between(90, 110).map(n -> Price.of(BigDecimal.valueOf(n, 0))),
                Arbitraries.integers().between(900, 1100).map(n -> Price.of(BigDecimal.valueOf(n, 1))));
    }

    private Arbitrary<RestingOrder> order() {
        return Combinators.combine(Arbitraries.of(Side.class), prices(), Arbitraries.integers().between(0, 100))
                .as((side, price, second) -> new RestingOrder(ClientOrderId.forIntent(BOT, IntentId.random()), BOT, BTC,
                        side, price, T0.plusSeconds(second)));
    }
}
