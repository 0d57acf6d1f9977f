package io.quorum.execution.venue.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BybitSettingsTest {

    @Test
    void eachEnvironmentHasBybitsRestHostAndTheDefaults() {
        assertThat(BybitSettings.of("demo").baseUrl()).isEqualTo(URI.create("https://api-demo.bybit.com"));
        assertThat(BybitSettings.of("testnet").baseUrl()).isEqualTo(URI.create("https://api-testnet.bybit.com"));
        BybitSettings mainnet = BybitSettings.of("mainnet");
        assertThat(mainnet.baseUrl()).isEqualTo(URI.create("https://api.bybit.com"));
        assertThat(mainnet.recvWindow()).isEqualTo(Duration.ofSeconds(5));
        assertThat(mainnet.orderCreatesPerSecond()).isEqualTo(10);
    }

    @Test
    void anExplicitBaseUrlWinsAndAnUnknownEnvironmentOrABudgetAboveBybitsLimitIsRefused() {
        assertThat(BybitSettings.local("http://127.0.0.1:1234/", Duration.ofSeconds(1), Duration.ofMillis(10)).root())
                .isEqualTo("http://127.0.0.1:1234");
        assertThatThrownBy(() -> BybitSettings.of("production")).hasMessageContaining("demo, testnet or mainnet");
        assertThatThrownBy(() -> new BybitSettings("demo", null, null, null, 5, null, 11))
                .hasMessageContaining("order-creates-per-second");
    }
}
