package io.quorum.marketdata.live;

import io.micrometer.core.instrument.MeterRegistry;
import io.quorum.marketdata.replay.CandleRecorder;
import io.quorum.marketdata.replay.ReplayCursors;
import io.quorum.marketdata.replay.TickPublisher;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires Bybit's live public market data; only with {@code quorum.market.source=bybit} (the replay is the default). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "quorum.market.source", havingValue = "bybit")
public class LiveConfiguration {

    @Bean
    BybitKlines bybitKlines(LiveFeedSettings settings) {
        return new BybitKlines(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), settings.restUrl());
    }

    @Bean
    LiveCandles liveCandles(CandleRecorder recorder, ReplayCursors cursors, BybitKlines klines) {
        return new LiveCandles(recorder, cursors, klines);
    }

    @Bean
    LiveQuotes liveQuotes() {
        return new LiveQuotes();
    }

    @Bean
    OrderBookPublisher orderBookPublisher(KafkaTemplate<String, Object> kafka, LiveFeedSettings settings, MeterRegistry meters) {
        return new OrderBookPublisher(kafka, settings.bookPublishInterval(), settings.orderBookDepth(), meters);
    }

    @Bean
    LiveFeed liveFeed(LiveFeedSettings settings, LiveCandles candles, TickPublisher ticks, LiveQuotes quotes,
                      OrderBookPublisher books, MeterRegistry meters) {
        return new LiveFeed(settings, HttpClient.newHttpClient(), candles, ticks, quotes, books, meters);
    }

    @Bean
    BotSymbolsListener botSymbolsListener(LiveFeed feed) {
        return new BotSymbolsListener(feed);
    }
}
