package io.quorum.marketdata.live;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.live.model.OrderBook;
import io.quorum.marketdata.live.model.Trade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What one message of Bybit's public stream says, once read ({@link BybitPublicMessages}). */
sealed interface PublicMessage {

    /** The answer to our subscribe or ping op. */
    record Ack(String op, boolean success, String retMsg) implements PublicMessage {
    }

    record Trades(List<Trade> trades) implements PublicMessage {
    }

    /** A 1m kline update; {@code confirmed} once the minute has closed and the values are final. */
    record Kline(Candle candle, boolean confirmed) implements PublicMessage {
    }

    /** A ticker snapshot or delta: only the fields it carries (a delta leaves the others as they were). */
    record Ticker(Symbol symbol, Map<String, BigDecimal> fields) implements PublicMessage {
    }

    record Book(Symbol symbol, boolean snapshot, List<OrderBook.Level> bids, List<OrderBook.Level> asks) implements PublicMessage {
    }

    record Ignored(String why) implements PublicMessage {
    }
}
