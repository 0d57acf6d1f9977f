package io.quorum.registry.bots;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the grid engine answers (the launcher sets {@code quorum.services.grid-engine-url}), and how long a
 * user creating or changing a grid waits for its checks.
 */
@ConfigurationProperties("quorum.services")
public record GridEngineSettings(@DefaultValue("http://localhost:8083") URI gridEngineUrl,
                                 @DefaultValue("PT2S") Duration gridEngineConnectTimeout,
                                 @DefaultValue("PT5S") Duration gridEngineReadTimeout) {
}
