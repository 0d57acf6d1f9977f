package io.quorum.marketdata.live;

import io.quorum.contracts.ids.Symbol;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Bybit's live public market data ({@code quorum.market.bybit.*}), used when
 * {@code quorum.market.source=bybit}; checked at start-up.
 *
 * @param streamUrl      the V5 public WebSocket for linear perpetuals (mainnet; testnet
 *                       {@code wss://stream-testnet.bybit.com/v5/public/linear})
 * @param restUrl        the V5 REST base, for the kline backfill
 * @param symbols        symbols followed from the start; the running bots' symbols join them
 * @param pingInterval   how often the {@code ping} op is sent (Bybit asks for 20 s)
 * @param initialBackoff first reconnect delay; doubled per failed attempt, with jitter
 * @param maxBackoff     the longest reconnect delay
 * @param orderBookDepth depth of the {@code orderbook.<depth>.<symbol>} subscription, and the most levels per side
 *                       an {@code OrderBookObserved} carries (a depth Bybit serves for linear books, e.g. 1, 50, 200)
 * @param bookPublishInterval the least venue time between two published books of a symbol
 */
@ConfigurationProperties("quorum.market.bybit")
@Validated
public record LiveFeedSettings(
        @DefaultValue("wss://stream.bybit.com/v5/public/linear") @NotNull URI streamUrl,
        @DefaultValue("https://api.bybit.com") @NotNull URI restUrl,
        @DefaultValue({"BTCUSDT", "ETHUSDT"}) List<@NotNull Symbol> symbols,
        @DefaultValue("PT20S") @NotNull @DurationMin(millis = 10) Duration pingInterval,
        @DefaultValue("PT1S") @NotNull @DurationMin(millis = 1) Duration initialBackoff,
        @DefaultValue("PT60S") @NotNull @DurationMin(millis = 1) Duration maxBackoff,
        @DefaultValue("50") @Min(1) int orderBookDepth,
        @DefaultValue("PT1S") @NotNull @DurationMin(millis = 1) Duration bookPublishInterval) {

    public LiveFeedSettings {
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
    }

    /**
     * The topics our own client subscribes for one symbol (klines and tickers; trades and the book go through
     * xchange-stream-bybit): one subscription each, whatever the number of bots on it.
     */
    public List<String> clientTopicsOf(Symbol symbol) {
        return List.of("kline.1." + symbol, "tickers." + symbol);
    }
}
