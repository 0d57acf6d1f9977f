package io.quorum.gateway.auth;

import java.net.InetSocketAddress;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Where a request comes from, as far as the gateway can tell for sure: the address of its TCP peer. No header a client
 * can write (X-Forwarded-For, Forwarded) is believed, so behind a proxy every client has the proxy's address
 * (docs/operations.md, *Limits*). The rate limits count anonymous callers by it, and it is forwarded to the services
 * as {@link io.quorum.contracts.http.GatewayHeaders#CLIENT_ADDRESS}, where the registry counts sign-ups by it.
 */
public final class ClientAddress {

    /** What a request whose peer is not known (no socket address) is counted as: all such requests share it. */
    public static final String UNKNOWN = "unknown";

    private ClientAddress() {
    }

    public static String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? UNKNOWN : remote.getAddress().getHostAddress();
    }
}
