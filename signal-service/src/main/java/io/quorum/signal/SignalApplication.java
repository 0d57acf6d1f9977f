package io.quorum.signal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The signal service: AI trend decisions by a quorum of LLM and technical voters. So far it only
 * owns its schema and reports its health; the decision pipeline arrives with the AI trend bots.
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
