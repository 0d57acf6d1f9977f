package io.quorum.marketdata.live;

import io.quorum.contracts.ids.Symbol;
import io.quorum.marketdata.candles.model.Candle;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What one message of Bybit's public stream says, once read by our client ({@link BybitPublicMessages}): op
 * answers, klines and tickers. Trades and the book arrive through xchange-stream-bybit ({@link TradesAndBooksStream}).
 */
sealed interface PublicMessage {

    /** The answer to our subscribe or ping op. */
    record Ack(String op, boolean success, String retMsg) implements PublicMessage {
    }

    /** A 1m kline update; {@code confirmed} once the minute has closed and the values are final. */
    record Kline(Candle candle, boolean confirmed) implements PublicMessage {
    }

    /** A ticker snapshot or delta: only the fields it carries (a delta leaves the others as they were). */
    record Ticker(Symbol symbol, Map<String, BigDecimal> fields) implements PublicMessage {
    }

    record Ignored(String why) implements PublicMessage {
    }
}
