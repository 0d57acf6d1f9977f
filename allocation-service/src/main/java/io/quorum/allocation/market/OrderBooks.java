package io.quorum.allocation.market;

import io.quorum.allocation.intents.policy.LatestBook;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The latest order book per symbol, in the database so that every instance of the service sizes orders by the same
 * book whichever of them consumed it. A book older (by the venue's timestamp) than the one held is ignored.
 */
public class OrderBooks {

    private final JdbcClient jdbc;

    public OrderBooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void observe(OrderBookObserved book, Instant observedAt) {
        jdbc.sql("""
                        insert into order_book (symbol, observed_at, bids, asks) values (?, ?, ?, ?)
                        on conflict (symbol) do update set observed_at = excluded.observed_at, bids = excluded.bids,
                            asks = excluded.asks
                        where order_book.observed_at <= excluded.observed_at""")
                .params(book.symbol().value(), Timestamp.from(observedAt), write(book.bids()), write(book.asks()))
                .update();
    }

    public Optional<LatestBook> latest(Symbol symbol) {
        return jdbc.sql("select observed_at, bids, asks from order_book where symbol = ?")
                .param(symbol.value())
                .query((rs, n) -> {
                    List<BookLevel> bids = read(rs.getString("bids"));
                    List<BookLevel> asks = read(rs.getString("asks"));
                    int depth = Math.max(1, Math.max(bids.size(), asks.size()));
                    return new LatestBook(new OrderBookObserved(symbol, bids, asks, depth),
                            rs.getTimestamp("observed_at").toInstant());
                })
                .optional();
    }

    private static String write(List<BookLevel> levels) {
        return levels.stream().map(level -> level.price() + " " + level.quantity()).collect(Collectors.joining(","));
    }

    private static List<BookLevel> read(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(level -> {
            String[] parts = level.split(" ");
            return new BookLevel(Price.of(parts[0]), Quantity.of(parts[1]));
        }).toList();
    }
}
