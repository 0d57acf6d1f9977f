package io.quorum.marketdata.replay.model;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.CorrelationId;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.market.TickObserved;
import io.quorum.marketdata.candles.model.Candle;
import java.time.Instant;

/**
 * The envelopes market data publishes. Their ids are derived from what they describe, so replaying
 * the same recording gives the same event ids (deterministic replay), and a consumer that sees a
 * tick or candle twice — after a restart re-sends the ticks of an unfinished candle — can tell.
 */
public final class MarketEvents {

    private MarketEvents() {
    }

    /** Event time = when the price traded. */
    public static Envelope<TickObserved> tick(Symbol symbol, PricePoint point) {
        String[] identity = {"market.tick-observed", symbol.toString(), point.at().toString()};
        return new Envelope<>(EventId.derive(identity), point.at(), null, CorrelationId.derive(identity),
                new TickObserved(symbol, point.price()));
    }

    /** A live trade: event time = the exchange's trade time; its trade id tells apart trades of one millisecond. */
    public static Envelope<TickObserved> trade(Symbol symbol, PricePoint point, String tradeId) {
        String[] identity = {"market.tick-observed", symbol.toString(), point.at().toString(), tradeId};
        return new Envelope<>(EventId.derive(identity), point.at(), null, CorrelationId.derive(identity),
                new TickObserved(symbol, point.price()));
    }

    /** A live order book; event time = the venue's timestamp of the book. */
    public static Envelope<OrderBookObserved> orderBook(OrderBookObserved book, Instant venueTime) {
        String[] identity = {"market.order-book-observed", book.symbol().toString(), venueTime.toString()};
        return new Envelope<>(EventId.derive(identity), venueTime, null, CorrelationId.derive(identity), book);
    }

    /** Event time = the candle's close time, the moment its values became final. */
    public static Envelope<CandleClosed> candleClosed(Candle candle) {
        String[] identity = {"market.candle-closed", candle.symbol().toString(), candle.interval().label(), candle.openTime().toString()};
        return new Envelope<>(EventId.derive(identity), candle.closeTime(), null, CorrelationId.derive(identity),
                candle.closed());
    }
}
