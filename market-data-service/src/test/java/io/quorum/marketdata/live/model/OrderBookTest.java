package io.quorum.marketdata.live.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookTest {

    private static OrderBook.Level level(String price, String size) {
        return new OrderBook.Level(new BigDecimal(price), new BigDecimal(size));
    }

    @Test
    void aDeltaSetsAndRemovesLevelsOfTheSnapshot() {
        OrderBook book = new OrderBook();
        book.apply(true, List.of(level("100", "1"), level("99.5", "2")), List.of(level("100.5", "1"), level("101", "3")));
        book.apply(false, List.of(level("100.0", "0"), level("99.8", "4")), List.of(level("100.5", "0.5")));

        assertThat(book.bestBid()).contains(level("99.8", "4"));
        assertThat(book.bestAsk()).contains(level("100.5", "0.5"));
        assertThat(book.bids()).extracting(OrderBook.Level::price).containsExactly(new BigDecimal("99.8"), new BigDecimal("99.5"));
    }

    @Test
    void aSnapshotReplacesTheBook() {
        OrderBook book = new OrderBook();
        book.apply(true, List.of(level("100", "1")), List.of(level("101", "1")));
        book.apply(true, List.of(level("90", "1")), List.of());

        assertThat(book.bids()).containsExactly(level("90", "1"));
        assertThat(book.bestAsk()).isEmpty();
    }
}
