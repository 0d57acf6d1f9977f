package io.quorum.allocation.market;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.market.OrderBookObserved;
import org.springframework.kafka.annotation.KafkaListener;

/** Keeps the latest order book of every symbol the market-data service publishes; other event types are ignored. */
public class BookListener {

    private final OrderBooks books;

    public BookListener(OrderBooks books) {
        this.books = books;
    }

    @KafkaListener(topics = Topics.BOOKS_NAME)
    void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof OrderBookObserved book) {
            books.observe(book, envelope.occurredAt());
        }
    }
}
