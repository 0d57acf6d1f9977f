package io.quorum.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The bot registry: users, their API tokens and their bots. */
@SpringBootApplication
@EnableScheduling
public class RegistryApplication {

    /** Every service names its own config file, so all of them can share one classpath in the local launcher. */
    public static final String CONFIG_NAME = "bot-registry";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(RegistryApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
