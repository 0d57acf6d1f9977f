package io.quorum.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Price;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EmbeddedInfrastructureTest {

    @Test
    void startsOneBrokerAndOnePostgresAndSharesThem() throws Exception {
        EmbeddedInfrastructure infra = EmbeddedInfrastructure.get();
        assertThat(EmbeddedInfrastructure.get()).isSameAs(infra);

        try (Connection connection = DriverManager.getConnection(infra.jdbcUrl("public"), "postgres", "postgres");
             ResultSet rs = connection.createStatement().executeQuery("select 41 + 1")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void probeSeesWhatIsPublished() throws Exception {
        try (EventProbe probe = EventProbe.on(Topics.TICKS_NAME)) {
            var tick = Envelope.originating(new TickObserved(Symbol.of("BTCUSDT"), Price.of("100")), Instant.EPOCH);
            probe.publish(tick);
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.envelopes().contains(tick));
        }
    }

    @Test
    void fakeChatServicesAnswerLikeTheRealOnesAndCanFail() throws Exception {
        try (WebhookRecorder slack = WebhookRecorder.slack()) {
            slack.failNext(1);
            var client = java.net.http.HttpClient.newHttpClient();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(slack.baseUrl() + "/services/T/B/X"))
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"hi\"}")).build();
            assertThat(client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(503);
            var ok = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("ok");
            assertThat(slack.accepted()).singleElement().extracting(WebhookRecorder.Received::body).isEqualTo("{\"text\":\"hi\"}");
        }
    }
}
