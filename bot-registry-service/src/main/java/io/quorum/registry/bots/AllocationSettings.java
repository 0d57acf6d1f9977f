package io.quorum.registry.bots;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the allocation service answers, and how long a user waits for it when starting a bot. */
@ConfigurationProperties("quorum.allocation")
public record AllocationSettings(@DefaultValue("http://localhost:8082") URI url,
                                 @DefaultValue("PT2S") Duration connectTimeout,
                                 @DefaultValue("PT5S") Duration readTimeout) {
}
