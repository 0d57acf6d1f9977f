package io.quorum.execution.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaperBookTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private final BotId bot = BotId.random();
    private final PaperBook book = new PaperBook(BTC);

    private RestingOrder order(Side side, String price, Instant placedAt) {
        return new RestingOrder(ClientOrderId.forIntent(bot, IntentId.random()), bot, BTC, side, Price.of(price), placedAt);
    }

    @Test
    void aTickAtOrBelowABuyLimitFillsItAndAboveDoesNot() {
        RestingOrder buy = order(Side.BUY, "100", T0);
        book.rest(buy);

        assertThat(book.crossedBy(Price.of("100.1"), T0)).isEmpty();
        assertThat(book.crossedBy(Price.of("100"), T0)).containsExactly(buy);
        assertThat(book.crossedBy(Price.of("99"), T0)).containsExactly(buy);
    }

    @Test
    void aTickAtOrAboveASellLimitFillsItAndBelowDoesNot() {
        RestingOrder sell = order(Side.SELL, "100", T0);
        book.rest(sell);

        assertThat(book.crossedBy(Price.of("99.9"), T0)).isEmpty();
        assertThat(book.crossedBy(Price.of("100"), T0)).containsExactly(sell);
        assertThat(book.crossedBy(Price.of("105"), T0)).containsExactly(sell);
    }

    @Test
    void aTickCrossesOnlyTheLevelsOnItsSideBestPriceFirstThenArrivalOrder() {
        RestingOrder buy100 = order(Side.BUY, "100", T0);
        RestingOrder buy98first = order(Side.BUY, "98", T0);
        RestingOrder buy98second = order(Side.BUY, "98", T0);
        RestingOrder buy95 = order(Side.BUY, "95", T0);
        RestingOrder sell110 = order(Side.SELL, "110", T0);
        book.rest(buy98first);
        book.rest(buy95);
        book.rest(buy100);
        book.rest(sell110);
        book.rest(buy98second);

        assertThat(book.crossedBy(Price.of("97"), T0)).containsExactly(buy100, buy98first, buy98second);
    }

    @Test
    void anOrderNeverFillsOnATickOlderThanItsPlacement() {
        RestingOrder buy = order(Side.BUY, "100", T0.plusSeconds(10));
        book.rest(buy);

        assertThat(book.crossedBy(Price.of("90"), T0.plusSeconds(9))).isEmpty();
        assertThat(book.crossedBy(Price.of("90"), T0.plusSeconds(10))).containsExactly(buy);
    }

    @Test
    void placementTimesBeyondTheNanosecondRangeStillCompareExactly() {
        Instant farFuture = Instant.parse("2400-01-01T00:00:00Z");
        RestingOrder buy = order(Side.BUY, "100", farFuture.plusSeconds(10));
        book.rest(buy);

        assertThat(book.crossedBy(Price.of("90"), farFuture.plusSeconds(9))).isEmpty();
        assertThat(book.crossedBy(Price.of("90"), farFuture.plusSeconds(10))).containsExactly(buy);
    }

    @Test
    void anEqualOrderBuiltAgainFromTheDatabaseRemovesTheRestingOne() {
        RestingOrder buy = order(Side.BUY, "100", T0);
        book.rest(buy);
        RestingOrder sameOrderRebuilt = new RestingOrder(buy.clientOrderId(), buy.botId(), BTC, Side.BUY,
                Price.of("100.00"), T0);

        assertThat(book.remove(sameOrderRebuilt)).isTrue();
        assertThat(book.size()).isZero();
    }

    @Test
    void findingCrossedOrdersRemovesNothingButRemoveDoes() {
        RestingOrder buy = order(Side.BUY, "100", T0);
        book.rest(buy);

        book.crossedBy(Price.of("90"), T0);
        assertThat(book.contains(buy.clientOrderId())).isTrue();

        assertThat(book.remove(buy)).isTrue();
        assertThat(book.remove(buy)).isFalse();
        assertThat(book.crossedBy(Price.of("90"), T0)).isEmpty();
        assertThat(book.size()).isZero();
    }

    @Test
    void restingTheSameOrderTwiceKeepsOneEntry() {
        RestingOrder buy = order(Side.BUY, "100", T0);
        book.rest(buy);
        book.rest(buy);

        assertThat(book.size()).isEqualTo(1);
        assertThat(book.crossedBy(Price.of("100"), T0)).containsExactly(buy);
    }

    @Test
    void equalPricesWrittenWithDifferentScalesShareALevel() {
        RestingOrder a = order(Side.SELL, "100.0", T0);
        RestingOrder b = order(Side.SELL, "100", T0);
        book.rest(a);
        book.rest(b);
        book.remove(a);

        assertThat(book.crossedBy(Price.of("100.00"), T0)).containsExactly(b);
    }

    @Test
    void whenTheBestLevelEmptiesTheNextBestDecidesWhatATickCrosses() {
        RestingOrder buy100 = order(Side.BUY, "100", T0);
        RestingOrder buy99 = order(Side.BUY, "99", T0);
        RestingOrder sell101 = order(Side.SELL, "101", T0);
        RestingOrder sell102 = order(Side.SELL, "102", T0);
        book.rest(buy99);
        book.rest(buy100);
        book.rest(sell102);
        book.rest(sell101);

        book.remove(buy100);
        book.remove(sell101);

        assertThat(book.crossedBy(Price.of("100"), T0)).isEmpty();
        assertThat(book.crossedBy(Price.of("101"), T0)).isEmpty();
        assertThat(book.crossedBy(Price.of("99"), T0)).containsExactly(buy99);
        assertThat(book.crossedBy(Price.of("102"), T0)).containsExactly(sell102);
    }

    @Test
    void aBetterPriceRestedLaterBecomesTheBest() {
        RestingOrder buy99 = order(Side.BUY, "99", T0);
        RestingOrder buy100 = order(Side.BUY, "100", T0);
        book.rest(buy99);
        assertThat(book.crossedBy(Price.of("99.5"), T0)).isEmpty();

        book.rest(buy100);

        assertThat(book.crossedBy(Price.of("99.5"), T0)).containsExactly(buy100);
    }

    @Test
    void ticksWithMoreDecimalsThanAnyLimitCompareExactly() {
        RestingOrder buy = order(Side.BUY, "100.0000000001", T0);
        RestingOrder sell = order(Side.SELL, "100.0000000003", T0);
        book.rest(buy);
        book.rest(sell);

        assertThat(book.crossedBy(Price.of("100.00000000015"), T0)).isEmpty();
        assertThat(book.crossedBy(Price.of("100.00000000009999"), T0)).containsExactly(buy);
        assertThat(book.crossedBy(Price.of("100.00000000030001"), T0)).containsExactly(sell);
    }

    @Test
    void refusesALimitFinerThanTheBooksTenDecimals() {
        assertThatThrownBy(() -> book.rest(order(Side.BUY, "100.00000000001", T0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 10 decimals");
        assertThat(book.size()).isZero();
    }

    @Test
    void refusesAnOrderOfAnotherSymbol() {
        var eth = new RestingOrder(ClientOrderId.forIntent(bot, IntentId.random()), bot, Symbol.of("ETHUSDT"), Side.BUY,
                Price.of("3000"), T0);

        assertThatThrownBy(() -> book.rest(eth)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void booksKeepSymbolsApart() {
        PaperBooks books = new PaperBooks();
        RestingOrder btcBuy = order(Side.BUY, "100", T0);
        books.rest(btcBuy);

        assertThat(books.crossedBy(Symbol.of("ETHUSDT"), Price.of("50"), T0)).isEmpty();
        assertThat(books.crossedBy(BTC, Price.of("50"), T0)).containsExactly(btcBuy);
        assertThat(books.remove(btcBuy)).isTrue();
        assertThat(books.orders(BTC)).isEmpty();
    }

    @Test
    void removingWhatATickFilledInOneGoLeavesTheRestAndCountsTheRemoved() {
        RestingOrder buy100 = order(Side.BUY, "100", T0);
        RestingOrder buy99 = order(Side.BUY, "99", T0);
        RestingOrder buy98 = order(Side.BUY, "98", T0);
        RestingOrder sell101 = order(Side.SELL, "101", T0);
        List.of(buy98, buy100, sell101, buy99).forEach(book::rest);

        List<RestingOrder> crossed = book.crossedBy(Price.of("99"), T0);
        assertThat(crossed).containsExactly(buy100, buy99);

        assertThat(book.removeAll(crossed)).isEqualTo(2);
        assertThat(book.orders()).containsExactly(buy98, sell101);
        assertThat(book.size()).isEqualTo(2);
        assertThat(book.crossedBy(Price.of("98.5"), T0)).isEmpty();
        assertThat(book.crossedBy(Price.of("98"), T0)).containsExactly(buy98);
    }

    @Test
    void anOrderRestedBetweenATickAndItsRemovalStaysAndTheFilledOnesStillGo() {
        RestingOrder buy100 = order(Side.BUY, "100", T0);
        RestingOrder buy99 = order(Side.BUY, "99", T0);
        book.rest(buy100);
        book.rest(buy99);
        List<RestingOrder> crossed = book.crossedBy(Price.of("99"), T0);

        RestingOrder betterBuy = order(Side.BUY, "100.5", T0); // now the best: the filled ones are no longer on top
        RestingOrder sameLevel = order(Side.BUY, "100", T0);
        book.rest(betterBuy);
        book.rest(sameLevel);

        assertThat(book.removeAll(crossed)).isEqualTo(2);
        assertThat(book.orders()).containsExactly(betterBuy, sameLevel);
        assertThat(book.size()).isEqualTo(2);
    }

    @Test
    void removingInOneGoFindsEqualOrdersBuiltAgainAndIgnoresThoseNotResting() {
        RestingOrder buy = order(Side.BUY, "100", T0);
        RestingOrder sell = order(Side.SELL, "101", T0);
        book.rest(buy);
        book.rest(sell);
        RestingOrder rebuilt = new RestingOrder(buy.clientOrderId(), buy.botId(), BTC, Side.BUY, Price.of("100.00"), T0);
        RestingOrder neverRested = order(Side.SELL, "101", T0);
        RestingOrder otherSymbol = new RestingOrder(ClientOrderId.forIntent(bot, IntentId.random()), bot,
                Symbol.of("ETHUSDT"), Side.SELL, Price.of("101"), T0);

        assertThat(book.removeAll(List.of(neverRested, rebuilt, otherSymbol, rebuilt))).isEqualTo(1);
        assertThat(book.orders()).containsExactly(sell);
        assertThat(book.size()).isEqualTo(1);
    }

    @Test
    void whenATickEmptiesASideInOneGoTheSideCrossesNothingUntilAnOrderRestsAgain() {
        RestingOrder sell101 = order(Side.SELL, "101", T0);
        RestingOrder sell102 = order(Side.SELL, "102", T0);
        book.rest(sell102);
        book.rest(sell101);

        assertThat(book.removeAll(book.crossedBy(Price.of("200"), T0))).isEqualTo(2);
        assertThat(book.crossedBy(Price.of("200"), T0)).isEmpty();
        assertThat(book.size()).isZero();

        RestingOrder sell150 = order(Side.SELL, "150", T0);
        book.rest(sell150);
        assertThat(book.crossedBy(Price.of("149.99"), T0)).isEmpty();
        assertThat(book.crossedBy(Price.of("150"), T0)).containsExactly(sell150);
    }
}
