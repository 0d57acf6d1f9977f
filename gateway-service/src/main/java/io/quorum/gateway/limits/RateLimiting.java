package io.quorum.gateway.limits;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.gateway.auth.ClientAddress;
import io.quorum.gateway.auth.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits each caller's request rate. Runs after authentication, so a signed-in caller is counted
 * by the user the gateway verified (whatever address they come from), and a caller without a user
 * yet (sign-up, sign-in) by the client address. Too many → 429 problem+json with Retry-After in
 * whole seconds.
 */
public class RateLimiting implements GlobalFilter, Ordered {

    // after BearerAuthentication (-100), which sets the verified user on the request
    private static final int ORDER = -90;
    private static final String SIGN_UP = "/api/users";

    private final RequestRates rates;
    private final RequestRates signUps;

    /** {@code signUps}: the separate, stricter buckets of {@code POST /api/users} per client address. */
    public RateLimiting(RequestRates rates, RequestRates signUps) {
        this.rates = rates;
        this.signUps = signUps;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        // a sign-up says whether its email is taken (409): its own small bucket per address bounds how fast one
        // address can probe emails; it is counted there instead of in the general bucket, which is far larger
        boolean signUp = HttpMethod.POST.equals(request.getMethod()) && SIGN_UP.equals(request.getPath().value());
        RequestRates bucket = signUp ? signUps : rates;
        String caller = signUp ? address(request) : caller(request);
        return switch (bucket.tryAcquire(caller)) {
            case RequestRates.Decision.Allowed allowed -> chain.filter(exchange);
            case RequestRates.Decision.Refused refused -> {
                long seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
                exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                yield Problems.answer(exchange, HttpStatus.TOO_MANY_REQUESTS,
                        "too many requests; try again in " + seconds + " s");
            }
        };
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private static String caller(ServerHttpRequest request) {
        String user = request.getHeaders().getFirst(GatewayHeaders.USER_ID);
        if (user != null) {
            return "user:" + user;
        }
        return address(request);
    }

    private static String address(ServerHttpRequest request) {
        return "address:" + ClientAddress.of(request);
    }
}
