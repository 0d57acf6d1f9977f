package io.quorum.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ClientAddressTest {

    @Test
    void anIpv4PeerIsCountedByItsAddress() throws Exception {
        assertThat(ClientAddress.of(InetAddress.getByName("203.0.113.9"))).isEqualTo("203.0.113.9");
    }

    @Test
    void anIpv6PeerIsCountedByItsSlash64() throws Exception {
        String one = ClientAddress.of(InetAddress.getByName("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        String other = ClientAddress.of(InetAddress.getByName("2001:db8:1:2::1"));
        String nextNetwork = ClientAddress.of(InetAddress.getByName("2001:db8:1:3::1"));

        assertThat(one).isEqualTo("2001:db8:1:2:0:0:0:0/64").isEqualTo(other);
        assertThat(nextNetwork).isEqualTo("2001:db8:1:3:0:0:0:0/64");
    }

    @Test
    void theScopeOfALinkLocalPeerIsNotPartOfTheKey() throws Exception {
        byte[] linkLocal = InetAddress.getByName("fe80::1234").getAddress();
        assertThat(ClientAddress.of(Inet6Address.getByAddress(null, linkLocal, 3))).isEqualTo("fe80:0:0:0:0:0:0:0/64");
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
        assertThat(ClientAddress.of(Inet6Address.getByAddress(null, mapped, -1))).isEqualTo("203.0.113.9");
    }

    @Test
    void aRequestWithoutAPeerIsUnknown() throws Exception {
        assertThat(ClientAddress.of(MockServerHttpRequest.get("/api/users").build())).isEqualTo(ClientAddress.UNKNOWN);
        var fromIpv6 = MockServerHttpRequest.get("/api/users")
                .remoteAddress(new InetSocketAddress(InetAddress.getByName("2001:db8::5"), 40000)).build();
        assertThat(ClientAddress.of(fromIpv6)).isEqualTo("2001:db8:0:0:0:0:0:0/64");
    }
}
