package io.quorum.gateway;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The single entrance: authenticates bearer tokens and routes {@code /api/**} to the services. */
@SpringBootApplication
public class GatewayApplication {

    /** Every service names its own config file, so all of them can share one classpath in the local launcher. */
    public static final String CONFIG_NAME = "gateway";

    /**
     * Reactive on purpose: in the local launcher Spring MVC is on the classpath too (the other
     * services need it), and Spring Cloud Gateway refuses to run as a servlet application.
     */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(GatewayApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
