package io.quorum.execution.venue.bybit;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Quorum talks to Bybit ({@code quorum.bybit.*}, read when {@code quorum.execution.venue=bybit}):
 * {@code environment} demo, testnet or mainnet picks Bybit's REST host, unless {@code base-url} is
 * given (a local FakeBybit in tests); {@code recv-window} is sent with every signed request;
 * {@code timeout} bounds one HTTP call; {@code max-attempts} and {@code first-backoff} shape the
 * retries (exponential, doubling, ±50 % jitter); {@code order-creates-per-second} is the
 * per-account budget for order creation (Bybit allows 10/s on linear).
 */
@ConfigurationProperties("quorum.bybit")
public record BybitSettings(@DefaultValue("demo") String environment, URI baseUrl, Duration recvWindow, Duration timeout,
                            @DefaultValue("5") int maxAttempts, Duration firstBackoff,
                            @DefaultValue("10") int orderCreatesPerSecond) {

    public BybitSettings {
        Objects.requireNonNull(environment, "environment");
        baseUrl = baseUrl != null ? baseUrl : URI.create(switch (environment) {
            case "demo" -> "https://api-demo.bybit.com";
            case "testnet" -> "https://api-testnet.bybit.com";
            case "mainnet" -> "https://api.bybit.com";
            default -> throw new IllegalArgumentException("quorum.bybit.environment must be demo, testnet or mainnet, was " + environment);
        });
        recvWindow = recvWindow != null ? recvWindow : Duration.ofSeconds(5);
        timeout = timeout != null ? timeout : Duration.ofSeconds(5);
        firstBackoff = firstBackoff != null ? firstBackoff : Duration.ofMillis(200);
        if (maxAttempts < 1 || orderCreatesPerSecond < 1 || orderCreatesPerSecond > 10) {
            throw new IllegalArgumentException("quorum.bybit: max-attempts ≥ 1 and order-creates-per-second in 1..10");
        }
    }

    public static BybitSettings of(String environment) {
        return new BybitSettings(environment, null, null, null, 5, null, 10);
    }

    /** Settings pointing at a local server (FakeBybit), with the given HTTP timeout and backoff. */
    public static BybitSettings local(String baseUrl, Duration timeout, Duration firstBackoff) {
        return new BybitSettings("local", URI.create(baseUrl), null, timeout, 5, firstBackoff, 10);
    }

    String root() {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
