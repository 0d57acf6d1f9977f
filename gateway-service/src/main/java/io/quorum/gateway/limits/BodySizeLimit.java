package io.quorum.gateway.limits;

import io.quorum.gateway.auth.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Refuses a request body larger than the configured size with 413 problem+json before anything
 * else reads it: a declared Content-Length is checked at once; a chunked body is read up to the
 * limit, and forwarded from memory if it fits. Runs before authentication, so an oversized body
 * costs no token lookup.
 */
public class BodySizeLimit implements GlobalFilter, Ordered {

    private static final int ORDER = -200;

    private final int maxBytes;

    public BodySizeLimit(LimitSettings settings) {
        this.maxBytes = (int) settings.maxBodySize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0 || !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), maxBytes)
                .map(body -> exchange.mutate().request(new BufferedBody(request, body)).build())
                .switchIfEmpty(Mono.fromSupplier(() -> exchange))
                .flatMap(chain::filter)
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return Problems.answer(exchange, HttpStatus.CONTENT_TOO_LARGE,
                "the request body is larger than " + maxBytes + " bytes");
    }

    /** The request with its body already read (it fitted), handed on as one buffer. */
    private static final class BufferedBody extends ServerHttpRequestDecorator {

        private final DataBuffer body;

        BufferedBody(ServerHttpRequest delegate, DataBuffer body) {
            super(delegate);
            this.body = body;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            return Flux.just(body);
        }
    }
}
