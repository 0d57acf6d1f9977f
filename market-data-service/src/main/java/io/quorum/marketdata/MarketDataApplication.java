package io.quorum.marketdata;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Market data: replays recorded Bybit candles, publishes ticks and closed candles, answers market stats. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MarketDataApplication {

    /** Every service names its own config file, so all of them can share one classpath in the local launcher. */
    public static final String CONFIG_NAME = "market-data";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(MarketDataApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
