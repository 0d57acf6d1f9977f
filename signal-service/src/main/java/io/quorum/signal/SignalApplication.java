package io.quorum.signal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The signal service: AI trend decisions by a quorum of LLM and technical voters, on each closed
 * candle of a bot's decision interval, published as {@code SignalDecided} and order intents.
 */
@SpringBootApplication
public class SignalApplication {

    public static final String CONFIG_NAME = "signal";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(SignalApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
