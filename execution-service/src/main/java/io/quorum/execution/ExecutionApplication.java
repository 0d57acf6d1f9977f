package io.quorum.execution;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The execution service: places approved orders on the (paper) venue, fills them on ticks, keeps positions. */
@SpringBootApplication
public class ExecutionApplication {

    /** Every service names its own config file, so all of them can share one classpath in the local launcher. */
    public static final String CONFIG_NAME = "execution";

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ExecutionApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
