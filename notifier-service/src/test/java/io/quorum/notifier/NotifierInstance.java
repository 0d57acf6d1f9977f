package io.quorum.notifier;

import io.quorum.testkit.EmbeddedInfrastructure;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another notifier instance beside the one a test's Spring context runs, as a second replica of a deployment: same
 * broker, same database, its own port. Its properties go in as command-line arguments, so they outrank
 * {@code notifier.yml} as in a deployment.
 */
public final class NotifierInstance {

    private NotifierInstance() {
    }

    /** Starts an instance on the shared embedded broker and database, in {@code schema}, on a random port. */
    public static ConfigurableApplicationContext start(String schema, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(EmbeddedInfrastructure.get().propertiesFor(schema));
        all.put("server.port", 0);
        all.put("spring.flyway.schemas", schema);
        all.put("spring.flyway.default-schema", schema);
        all.put("spring.main.register-shutdown-hook", false);
        all.put("spring.kafka.listener.poll-timeout", "1s");
        all.put("spring.lifecycle.timeout-per-shutdown-phase", "10s");
        all.putAll(properties);
        String[] arguments = all.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        return NotifierApplication.application().run(arguments);
    }

    public static int port(ConfigurableApplicationContext instance) {
        return instance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
