package io.quorum.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTest {

    @Test
    void anIpv4PeerIsCountedByItsAddress() throws Exception {
        assertThat(ClientAddress.keyOf(InetAddress.getByName("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void anIpv6PeerIsCountedByItsSlash64() throws Exception {
        String one = ClientAddress.keyOf(InetAddress.getByName("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        String other = ClientAddress.keyOf(InetAddress.getByName("2001:db8:1:2::1"));
        String nextNetwork = ClientAddress.keyOf(InetAddress.getByName("2001:db8:1:3::1"));

        assertThat(one).isEqualTo("2001:db8:1:2:0:0:0:0/64").isEqualTo(other);
        assertThat(nextNetwork).isEqualTo("2001:db8:1:3:0:0:0:0/64");
    }

    @Test
    void theScopeOfALinkLocalPeerIsNotPartOfTheKey() throws Exception {
        byte[] linkLocal = InetAddress.getByName("fe80::1234").getAddress();
        assertThat(ClientAddress.keyOf(Inet6Address.getByAddress(null, linkLocal, 3))).isEqualTo("fe80:0:0:0:0:0:0:0/64");
    }

    @Test
    void anIpv4MappedPeerIsCountedByTheIpv4AddressItCarries() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 203;
        mapped[13] = 0;
        mapped[14] = 113;
        mapped[15] = 9;
        // Inet6Address.getByAddress keeps the mapped form (InetAddress.getByAddress would already give an Inet4Address)
        assertThat(ClientAddress.keyOf(Inet6Address.getByAddress(null, mapped, -1))).isEqualTo("203.0.113.9");
    }

    @Test
    void aRequestWithoutAPeerIsUnknown() throws Exception {
        assertThat(ClientAddress.DIRECT.of(MockServerHttpRequest.get("/api/users").build())).isEqualTo(ClientAddress.UNKNOWN);
        var fromIpv6 = MockServerHttpRequest.get("/api/users")
                .remoteAddress(new InetSocketAddress(InetAddress.getByName("2001:db8::5"), 40000)).build();
        assertThat(ClientAddress.DIRECT.of(fromIpv6)).isEqualTo("2001:db8:0:0:0:0:0:0/64");
    }

    private static final ClientAddress BEHIND_PROXIES = ClientAddress.trusting(List.of("10.0.0.0/8", "192.0.2.7", "fd00::/8"));

    private static String client(ClientAddress addresses, String peer, String... forwardedFor) throws Exception {
        var request = MockServerHttpRequest.post("/api/users")
                .remoteAddress(new InetSocketAddress(InetAddress.getByName(peer), 40000));
        for (String line : forwardedFor) {
            request.header("X-Forwarded-For", line);
        }
        return addresses.of(request.build());
    }

    @Test
    void withoutTrustedProxiesTheForwardedHeaderIsIgnored() throws Exception {
        assertThat(client(ClientAddress.DIRECT, "10.1.2.3", "198.51.100.23")).isEqualTo("10.1.2.3");
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() throws Exception {
        assertThat(client(BEHIND_PROXIES, "203.0.113.9", "198.51.100.23")).isEqualTo("203.0.113.9");
    }

    @Test
    void behindATrustedProxyTheClientIsTheRightmostEntryThatIsNoTrustedProxy() throws Exception {
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "198.51.100.23")).isEqualTo("198.51.100.23");
        // what the client wrote itself stands left of what the proxies appended
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "6.6.6.6, 198.51.100.23, 10.9.9.9")).isEqualTo("198.51.100.23");
        assertThat(client(BEHIND_PROXIES, "192.0.2.7", "6.6.6.6", "198.51.100.23")).isEqualTo("198.51.100.23");
    }

    @Test
    void aSingleAddressIsTrustedAloneAndNotItsNeighbours() throws Exception {
        assertThat(client(BEHIND_PROXIES, "192.0.2.7", "198.51.100.23")).isEqualTo("198.51.100.23");
        assertThat(client(BEHIND_PROXIES, "192.0.2.8", "198.51.100.23")).isEqualTo("192.0.2.8");
    }

    @Test
    void anEntryThatIsNoAddressStopsAtTheLastTrustedHopAndIsNeverLookedUp() throws Exception {
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "198.51.100.23, localhost")).isEqualTo("10.1.2.3");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "198.51.100.23, unknown, 10.4.4.4")).isEqualTo("10.4.4.4");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "1.2.3")).isEqualTo("10.1.2.3");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "")).isEqualTo("10.1.2.3");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3")).isEqualTo("10.1.2.3");
        assertThat(ClientAddress.literal("example.com")).isNull();
        assertThat(ClientAddress.literal("abc:xyz")).isNull();
    }

    @Test
    void proxiesAllTheWayMakeTheFirstOfThemTheClient() throws Exception {
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "10.7.7.7, 192.0.2.7")).isEqualTo("10.7.7.7");
    }

    @Test
    void forwardedAddressesMayCarryPortsAndAreKeyedLikePeers() throws Exception {
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "198.51.100.23:51234")).isEqualTo("198.51.100.23");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "[2001:db8:1:2::77]:443")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(client(BEHIND_PROXIES, "fd00::1", "2001:db8:1:2::77")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(client(BEHIND_PROXIES, "10.1.2.3", "::ffff:198.51.100.23")).isEqualTo("198.51.100.23");
    }

    @Test
    void anIpv4MappedPeerMatchesTheIpv4NetworkItBelongsTo() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 9;
        var request = MockServerHttpRequest.post("/api/users")
                .remoteAddress(new InetSocketAddress(Inet6Address.getByAddress(null, mapped, -1), 40000))
                .header("X-Forwarded-For", "198.51.100.23").build();
        assertThat(BEHIND_PROXIES.of(request)).isEqualTo("198.51.100.23");
    }

    @Test
    void aPrefixThatIsNotAWholeByteMatchesByItsBits() throws Exception {
        ClientAddress slash20 = ClientAddress.trusting(List.of("172.16.16.0/20"));
        assertThat(client(slash20, "172.16.31.255", "198.51.100.23")).isEqualTo("198.51.100.23");
        assertThat(client(slash20, "172.16.32.0", "198.51.100.23")).isEqualTo("172.16.32.0");
        assertThat(client(slash20, "172.16.15.255", "198.51.100.23")).isEqualTo("172.16.15.255");
    }

    @Test
    void aTrustedProxyEntryThatIsNeitherAnAddressNorANetworkIsRefusedByItsPlace() {
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/8", "proxy.internal")))
                .hasMessageContaining("quorum.gateway.trusted-proxies[1]").hasMessageContaining("'proxy.internal'");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/33")))
                .hasMessageContaining("trusted-proxies[0]").hasMessageContaining("0–32");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("fd00::/129")))
                .hasMessageContaining("0–128");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of(" ")))
                .hasMessageContaining("trusted-proxies[0]").hasMessageContaining("empty");
        assertThatThrownBy(() -> ClientAddress.trusting(List.of("10.0.0.0/x")))
                .hasMessageContaining("prefix length");
    }
}
