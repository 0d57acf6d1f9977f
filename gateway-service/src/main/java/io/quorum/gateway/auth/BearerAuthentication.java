package io.quorum.gateway.auth;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import java.net.URI;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Who is calling, for every routed request. Whatever X-Quorum-* headers a client sends are dropped:
 * only the gateway says who the user is, and from which address ({@link ClientAddress}) the request came. Sign-up and sign-in pass without a token; everything else needs
 * {@code Authorization: Bearer <token>}: a JWT the gateway verifies itself ({@link JwtAuthenticator}), or an
 * opaque API token the registry knows. The request is forwarded with the user's id and the gateway secret
 * instead of the token.
 */
public class BearerAuthentication implements GlobalFilter, Ordered {

    private static final String QUORUM_HEADERS = "X-Quorum-";
    private static final String BEARER = "Bearer ";
    private static final String LIVE_FEED = "/ws/notifications";
    private static final String ACCESS_TOKEN = "access_token";
    // before routing and before the response is written, after the body-caching filters
    private static final int ORDER = -100;

    private final RegistryTokenResolver resolver;
    private final JwtAuthenticator jwts;
    private final String secret;

    public BearerAuthentication(RegistryTokenResolver resolver, JwtAuthenticator jwts, GatewaySettings settings) {
        this.resolver = resolver;
        this.jwts = jwts;
        this.secret = settings.secret();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (isPublic(exchange.getRequest())) {
            return chain.filter(forward(exchange, null));
        }
        String token = bearerToken(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (token == null && isLiveFeed(exchange.getRequest())) {
            token = queryToken(exchange.getRequest());
        }
        if (token == null) {
            return Problems.answer(exchange, HttpStatus.UNAUTHORIZED, "a token is required: Authorization: Bearer <token>");
        }
        Mono<Resolution> resolved = JwtAuthenticator.looksLikeJwt(token) ? jwts.authenticate(token) : resolver.resolve(token);
        return resolved.flatMap(resolution -> switch (resolution) {
            case Resolution.Authenticated authenticated -> chain.filter(forward(exchange, authenticated.user()));
            case Resolution.Rejected rejected -> Problems.answer(exchange, HttpStatus.UNAUTHORIZED, "the token is not valid");
            case Resolution.Unavailable unavailable -> Problems.answer(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    "cannot check the token now (" + unavailable.reason() + "); try again shortly");
        });
    }

    private static URI withoutToken(URI uri) {
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>(
                UriComponentsBuilder.fromUri(uri).build().getQueryParams());
        kept.remove(ACCESS_TOKEN);
        return UriComponentsBuilder.fromUri(uri).replaceQueryParams(kept).build(true).toUri();
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    /** Sign-up and sign-in: the caller has no token yet. */
    private static boolean isPublic(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return HttpMethod.POST.equals(request.getMethod()) && (path.equals("/api/users") || path.equals("/api/auth/sign-in"));
    }

    /**
     * The browser's WebSocket {@code /ws/notifications}: a browser cannot set headers on a WebSocket, so there (and
     * only there) the token may come as the query parameter {@code access_token}. It is resolved like any bearer
     * token and removed from the URL before the request is forwarded.
     */
    static boolean isLiveFeed(ServerHttpRequest request) {
        String path = request.getPath().pathWithinApplication().value();
        return HttpMethod.GET.equals(request.getMethod()) && (path.equals(LIVE_FEED) || path.equals(LIVE_FEED + "/"));
    }

    private static String queryToken(ServerHttpRequest request) {
        String token = request.getQueryParams().getFirst(ACCESS_TOKEN);
        return token == null || token.isBlank() ? null : token.strip();
    }

    private static String bearerToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).strip();
        return token.isEmpty() ? null : token;
    }

    /**
     * The request as the service sees it: the gateway's identity headers only (the secret, the client's address, the
     * verified user), and no token to leak into its logs.
     */
    private ServerWebExchange forward(ServerWebExchange exchange, UserId user) {
        URI uri = isLiveFeed(exchange.getRequest()) ? withoutToken(exchange.getRequest().getURI())
                : exchange.getRequest().getURI();
        String clientAddress = ClientAddress.of(exchange.getRequest());
        return exchange.mutate().request(request -> request.uri(uri).headers(headers -> {
            List.copyOf(headers.headerNames()).stream()
                    .filter(name -> name.regionMatches(true, 0, QUORUM_HEADERS, 0, QUORUM_HEADERS.length()))
                    .forEach(headers::remove);
            headers.remove(HttpHeaders.AUTHORIZATION);
            headers.set(GatewayHeaders.SECRET, secret);
            headers.set(GatewayHeaders.CLIENT_ADDRESS, clientAddress);
            if (user != null) {
                headers.set(GatewayHeaders.USER_ID, user.toString());
            }
        })).build();
    }
}
