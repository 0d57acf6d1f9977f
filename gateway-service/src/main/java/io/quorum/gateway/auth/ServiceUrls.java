package io.quorum.gateway.auth;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where each service answers. The routes in gateway.yml use the same properties; the registry's
 * URL is also where tokens are resolved.
 */
@ConfigurationProperties("quorum.services")
public record ServiceUrls(@DefaultValue("http://localhost:8081") URI registryUrl,
                          @DefaultValue("http://localhost:8082") URI allocationUrl,
                          @DefaultValue("http://localhost:8083") URI gridEngineUrl,
                          @DefaultValue("http://localhost:8084") URI executionUrl,
                          @DefaultValue("http://localhost:8085") URI marketDataUrl,
                          @DefaultValue("http://localhost:8086") URI notifierUrl,
                          @DefaultValue("http://localhost:8087") URI signalUrl) {
}
