package io.quorum.allocation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The allocation: each user's ledger, the budgets of their bots, and the verdict on every order intent. */
@SpringBootApplication
public class AllocationApplication {

    /** Every service names its own config file, so all of them can share one classpath in the local launcher. */
    public static final String CONFIG_NAME = "allocation";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(AllocationApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
