package io.quorum.signal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.signal.SignalServiceTest;
import io.quorum.testkit.EventProbe;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterTest extends SignalServiceTest {

    @Test
    void unreadableCandleRecordsGoToTheDeadLetterTopicWithTheReasonAndTheConsumerKeepsGoing() throws Exception {
        String dlt = Topics.CANDLES.deadLetterTopic();
        String notJsonKey = "poison-" + UUID.randomUUID();
        String unknownTypeKey = "poison-" + UUID.randomUUID();
        Instant open = Instant.parse("2024-01-01T00:00:00Z").plus(Duration.ofMinutes(15L * (System.nanoTime() % 10_000)));
        var valid = new CandleClosed(Symbol.of("ETHUSDT"), Interval.M15, open, Price.of("2000"), Price.of("2010"),
                Price.of("1990"), Price.of("2005"), Quantity.of("12"));
        try (EventProbe probe = EventProbe.on(dlt)) {
            probe.publishRaw(Topics.CANDLES_NAME, notJsonKey, "{not json".getBytes(StandardCharsets.UTF_8));
            probe.publishRaw(Topics.CANDLES_NAME, unknownTypeKey,
                    "{\"type\":\"candle.exploded.v9\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8));
            probe.publish(Envelope.originating(valid, valid.closeTime()));

            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                    "select count(*) from candles where symbol = 'ETHUSDT' and open_time = ?")
                    .param(Timestamp.from(open)).query(Integer.class).single() == 1);
            Map<String, String> reasons = new HashMap<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : probe.records(dlt)) {
                    var reason = record.headers().lastHeader(MessagingConfiguration.DEAD_LETTER_REASON);
                    reasons.put(record.key(), new String(reason.value(), StandardCharsets.UTF_8));
                }
                return reasons.containsKey(notJsonKey) && reasons.containsKey(unknownTypeKey);
            });
            assertThat(reasons.get(notJsonKey)).contains("not JSON");
            assertThat(reasons.get(unknownTypeKey)).contains("unknown event type 'candle.exploded.v9'");
        }
    }
}
