package io.quorum.marketdata.candles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires candle storage and the market queries. */
@Configuration(proxyBeanMethods = false)
public class CandlesConfiguration {

    @Bean
    Candles candles(JdbcClient jdbc) {
        return new Candles(jdbc);
    }

    @Bean
    MarketQueries marketQueries(Candles candles) {
        return new MarketQueries(candles);
    }
}
