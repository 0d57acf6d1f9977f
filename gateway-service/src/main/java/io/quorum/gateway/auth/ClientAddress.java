package io.quorum.gateway.auth;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Where a request comes from, as far as the gateway can tell for sure: the address of its TCP peer. No header a client
 * can write (X-Forwarded-For, Forwarded) is believed, so behind a proxy every client has the proxy's address
 * (docs/operations.md, *Limits*). The rate limits count anonymous callers by it, and it is forwarded to the services
 * as {@link io.quorum.contracts.http.GatewayHeaders#CLIENT_ADDRESS}, where the registry counts sign-ups by it.
 *
 * <p>An IPv4 peer is its address ({@code 203.0.113.9}). An IPv6 peer is its /64 network
 * ({@code 2001:db8:1:2:0:0:0:0/64}): one subscriber is usually given a whole /64 and can pick any of its 2^64
 * addresses, so counting full addresses would let one client sign up without limit. An IPv4-mapped IPv6 address is
 * the IPv4 address it carries.
 */
public final class ClientAddress {

    /** What a request whose peer is not known (no socket address) is counted as: all such requests share it. */
    public static final String UNKNOWN = "unknown";

    private static final int NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    public static String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? UNKNOWN : of(remote.getAddress());
    }

    /** The key a peer at this address is counted by. */
    public static String of(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address.getHostAddress();
        }
        byte[] bytes = address.getAddress();
        if (isIpv4Mapped(bytes)) {
            return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
        }
        Arrays.fill(bytes, NETWORK_BYTES, bytes.length, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are an IPv6 address", e); // getByAddress fails only on a length
        }
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}
