package io.quorum.gateway.auth;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Where a request comes from, as far as the gateway can tell for sure. By default that is the address of its TCP
 * peer, and no header a client can write (X-Forwarded-For, Forwarded) is believed, so behind a proxy every client has
 * the proxy's address. An operator whose gateway sits behind HTTP proxies lists their networks
 * ({@code quorum.gateway.trusted-proxies}); a request whose peer is one of them comes from the address those proxies
 * recorded in {@code X-Forwarded-For}: read from the right, each trusted proxy's entry names the hop before it, and the
 * first entry that is not a trusted proxy is the client. What a client wrote itself stands to the left of that and is
 * never reached. An entry that is not an address literal (a name is never looked up) stops the walk at the last
 * trusted hop, whose address is then the client's: a misbehaving proxy makes its clients share a bucket rather than
 * letting them choose one (docs/operations.md, *Limits*). The rate limits count anonymous callers by it, and it is
 * forwarded to the services as {@link io.quorum.contracts.http.GatewayHeaders#CLIENT_ADDRESS}, where the registry
 * counts sign-ups by it.
 *
 * <p>An IPv4 address is itself ({@code 203.0.113.9}). An IPv6 address is its /64 network
 * ({@code 2001:db8:1:2:0:0:0:0/64}): one subscriber is usually given a whole /64 and can pick any of its 2^64
 * addresses, so counting full addresses would let one client sign up without limit. An IPv4-mapped IPv6 address is
 * the IPv4 address it carries.
 */
public final class ClientAddress {

    /** What a request whose peer is not known (no socket address) is counted as: all such requests share it. */
    public static final String UNKNOWN = "unknown";

    /** Believes no forwarded header: the client is the TCP peer. */
    public static final ClientAddress DIRECT = new ClientAddress(List.of());

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final int NETWORK_BYTES = 8;
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Network> trustedProxies;

    private ClientAddress(List<Network> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * Believes the X-Forwarded-For of a peer in these networks: each an address ({@code 10.0.0.7}, {@code fd00::7}) or
     * a network in CIDR notation ({@code 10.0.0.0/8}, {@code fd00::/8}). An entry that is neither is refused, named by
     * its place in the list.
     */
    public static ClientAddress trusting(List<String> proxies) {
        List<Network> networks = new ArrayList<>();
        for (int i = 0; i < proxies.size(); i++) {
            String entry = proxies.get(i);
            try {
                networks.add(Network.parse(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("quorum.gateway.trusted-proxies[" + i + "]: '" + entry + "' "
                        + e.getMessage(), e);
            }
        }
        return new ClientAddress(networks);
    }

    /** The key the request's client is counted by. */
    public String of(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return UNKNOWN;
        }
        return keyOf(client(remote.getAddress(), request.getHeaders().getOrEmpty(FORWARDED_FOR)));
    }

    /**
     * The client behind {@code peer}: the peer itself unless it is a trusted proxy, else the rightmost entry of the
     * X-Forwarded-For lines (in the order they came) that is not one.
     */
    InetAddress client(InetAddress peer, List<String> forwardedFor) {
        InetAddress hop = unmapped(peer);
        if (!isTrustedProxy(hop)) {
            return hop;
        }
        List<String> entries = new ArrayList<>();
        for (String line : forwardedFor) {
            entries.addAll(Arrays.asList(line.split(",", -1)));
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            InetAddress before = literal(stripPort(entries.get(i).strip()));
            if (before == null) {
                return hop; // not an address: no telling who is behind this proxy
            }
            hop = unmapped(before);
            if (!isTrustedProxy(hop)) {
                return hop;
            }
        }
        return hop; // proxies all the way: the first of them is where the request began
    }

    private boolean isTrustedProxy(InetAddress address) {
        for (Network network : trustedProxies) {
            if (network.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** The key an address is counted by. */
    public static String keyOf(InetAddress address) {
        InetAddress plain = unmapped(address);
        if (!(plain instanceof Inet6Address)) {
            return plain.getHostAddress();
        }
        byte[] bytes = plain.getAddress();
        Arrays.fill(bytes, NETWORK_BYTES, bytes.length, (byte) 0);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are an IPv6 address", e); // getByAddress fails only on a length
        }
    }

    /** An IPv4-mapped IPv6 address as the IPv4 address it carries; any other address as it is. */
    private static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] bytes = address.getAddress();
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        if (bytes[10] != (byte) 0xff || bytes[11] != (byte) 0xff) {
            return address;
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are an IPv4 address", e);
        }
    }

    /** An entry without a port: {@code [2001:db8::1]:443} → {@code 2001:db8::1}, {@code 203.0.113.9:80} → the address. */
    private static String stripPort(String entry) {
        if (entry.startsWith("[")) {
            int end = entry.indexOf(']');
            return end < 0 ? entry : entry.substring(1, end);
        }
        int colon = entry.indexOf(':');
        return colon > 0 && colon == entry.lastIndexOf(':') ? entry.substring(0, colon) : entry;
    }

    /** The address an IP literal spells; null for anything else, which is never looked up as a name. */
    static InetAddress literal(String text) {
        boolean v4 = IPV4.matcher(text).matches();
        if (!v4 && !(text.indexOf(':') >= 0 && IPV6.matcher(text).matches())) {
            return null;
        }
        try {
            // a checked literal: parsed, not resolved
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** An address and how many of its leading bits a member shares. */
    private record Network(byte[] bytes, int bits) {

        static Network parse(String entry) {
            if (entry == null || entry.isBlank()) {
                throw new IllegalArgumentException("is empty");
            }
            String text = entry.strip();
            int slash = text.indexOf('/');
            InetAddress address = literal(slash < 0 ? text : text.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("is not an IP address or a network in CIDR notation");
            }
            address = unmapped(address);
            int width = address.getAddress().length * 8;
            int bits = width;
            if (slash >= 0) {
                String prefix = text.substring(slash + 1);
                if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > width) {
                    throw new IllegalArgumentException("has a prefix length that is not 0–" + width);
                }
                bits = Integer.parseInt(prefix);
            }
            return new Network(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] other = address.getAddress();
            if (other.length != bytes.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (other[i] != bytes[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (other[whole] & mask) == (bytes[whole] & mask);
        }
    }
}
