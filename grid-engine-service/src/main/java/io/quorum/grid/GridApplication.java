package io.quorum.grid;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The grid engine: grid levels and their order state; turns ticks and fills into order intents. */
@SpringBootApplication
@EnableScheduling
public class GridApplication {

    /** Every service names its own config file, so all of them can share one classpath in the local launcher. */
    public static final String CONFIG_NAME = "grid-engine";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(GridApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
