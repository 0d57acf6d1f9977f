package io.quorum.marketdata.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.live.model.OrderBook;
import io.quorum.marketdata.replay.model.MarketEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes each followed symbol's order book as {@code market.OrderBookObserved} on {@code quorum.market.books.v1},
 * throttled: a book is published when its venue time is at least {@code interval} after that of the last one
 * published for the symbol; a newer book held back by that rule is published by the next {@link #flush} once
 * {@code interval} of wall time has passed since the last publication, so a book that stops moving is not left
 * stale. Top {@code depth} levels, exact decimals, event time = the venue's timestamp of the book. Sent straight
 * to Kafka without waiting (an observation; the next book supersedes it). Called from the market-live thread only.
 */
class OrderBookPublisher {

    private static final Logger log = LoggerFactory.getLogger(OrderBookPublisher.class);

    private record Published(Instant venueTime, long wallNanos) {
    }

    private final KafkaTemplate<String, Object> kafka;
    private final Duration interval;
    private final int depth;
    private final MeterRegistry meters;
    private final Map<Symbol, Published> published = new HashMap<>();
    private final Map<Symbol, TradesAndBooksStream.BookView> heldBack = new HashMap<>();

    OrderBookPublisher(KafkaTemplate<String, Object> kafka, Duration interval, int depth, MeterRegistry meters) {
        this.kafka = kafka;
        this.interval = interval;
        this.depth = depth;
        this.meters = meters;
    }

    void observed(TradesAndBooksStream.BookView book) {
        Published last = published.get(book.symbol());
        if (last == null || !book.venueTime().isBefore(last.venueTime().plus(interval))) {
            publish(book);
        } else if (book.venueTime().isAfter(last.venueTime())) {
            heldBack.put(book.symbol(), book);
        }
    }

    /** Publishes the books held back by the throttle whose symbol last published at least an interval ago (wall time). */
    void flush() {
        long now = System.nanoTime();
        List<TradesAndBooksStream.BookView> due = heldBack.values().stream()
                .filter(book -> now - published.get(book.symbol()).wallNanos() >= interval.toNanos()).toList();
        due.forEach(this::publish);
    }

    private void publish(TradesAndBooksStream.BookView book) {
        heldBack.remove(book.symbol());
        published.put(book.symbol(), new Published(book.venueTime(), System.nanoTime()));
        if (book.bids().isEmpty() && book.asks().isEmpty()) {
            return;
        }
        OrderBookObserved observed;
        try {
            observed = new OrderBookObserved(book.symbol(), levels(book.bids()), levels(book.asks()), depth);
        } catch (IllegalArgumentException unusable) {
            // a crossed or malformed book (the library's view after a missed update): not worth passing on
            meters.counter("quorum.market.book.unpublishable", "symbol", book.symbol().toString()).increment();
            log.warn("the order book of {} at {} is not published: {}", book.symbol(), book.venueTime(), unusable.getMessage());
            return;
        }
        Envelope<OrderBookObserved> event = MarketEvents.orderBook(observed, book.venueTime());
        kafka.send(event.topic().name(), event.key(), event).whenComplete((sent, failure) -> {
            if (failure != null) {
                log.warn("the order book of {} at {} was not published: {}", book.symbol(), book.venueTime(), failure.toString());
            }
        });
    }

    private List<BookLevel> levels(List<OrderBook.Level> side) {
        return side.stream().limit(depth)
                .map(level -> new BookLevel(Price.of(level.price()), Quantity.of(level.size()))).toList();
    }
}
