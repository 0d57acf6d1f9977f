package io.quorum.marketdata.candles;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.marketdata.candles.model.Candle;
import io.quorum.marketdata.candles.model.MarketSummary;
import io.quorum.marketdata.platform.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Market info for every signed-in user (market data belongs to no user, so the caller's id is not
 * needed). Parameters are taken as text and parsed here, so a bad one is a 400 naming it.
 */
@RestController
@RequestMapping("/api/market/{symbol}")
class MarketController {

    static final int MAX_LIMIT = 1000;

    record MarketView(Symbol symbol, Price lastPrice, Price high24h, Price low24h, Quantity volume24h,
                      String change24hPercent, Instant asOf) {
    }

    record CandleView(Instant openTime, Price open, Price high, Price low, Price close, Quantity volume) {
    }

    private final MarketQueries queries;

    MarketController(MarketQueries queries) {
        this.queries = queries;
    }

    @GetMapping
    MarketView market(@PathVariable("symbol") String symbol) {
        MarketSummary summary = queries.summary(symbol(symbol));
        return new MarketView(summary.symbol(), summary.lastPrice(), summary.high24h(), summary.low24h(),
                summary.volume24h(), summary.change24hPercent().toPlainString(), summary.asOf());
    }

    @GetMapping("/candles")
    List<CandleView> candles(@PathVariable("symbol") String symbol,
                             @RequestParam(name = "interval", required = false) String interval,
                             @RequestParam(name = "limit", required = false) String limit) {
        // left out, each has its default; given empty, it is as malformed as any other bad value
        return queries.candles(symbol(symbol), interval(interval == null ? "1m" : interval),
                        limit(limit == null ? "200" : limit)).stream()
                .map(MarketController::view)
                .toList();
    }

    private static CandleView view(Candle candle) {
        return new CandleView(candle.openTime(), candle.open(), candle.high(), candle.low(), candle.close(), candle.volume());
    }

    private static Symbol symbol(String text) {
        try {
            return Symbol.of(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("symbol", e.getMessage());
        }
    }

    private static Interval interval(String text) {
        try {
            return Interval.fromLabel(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("interval", e.getMessage());
        }
    }

    private static int limit(String text) {
        String reason = "must be a whole number from 1 to " + MAX_LIMIT + ", was '" + text + "'";
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidRequestException("limit", reason);
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("limit", reason);
        }
    }
}
