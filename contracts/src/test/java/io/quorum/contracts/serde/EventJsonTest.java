package io.quorum.contracts.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.EventCatalog;
import io.quorum.contracts.event.EventType;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Price;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventJsonTest {

    static final java.util.List<Event> samples = SampleEvents.all();

    @Test
    void everyCatalogTypeHasASample() {
        assertThat(samples.stream().map(Object::getClass).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventType::javaType).toList());
    }

    @Test
    void wireNamesAreVersionedAndNeverJavaClassNames() {
        assertThat(EventCatalog.all()).allSatisfy(type -> {
            assertThat(type.wireName()).matches("[a-z]+(\\.[a-z-]+)+\\.v[0-9]+");
            assertThat(type.wireName()).doesNotContain(type.javaType().getSimpleName());
        });
    }

    @ParameterizedTest
    @FieldSource("samples")
    void everyEventRoundTripsThroughTheWireFormat(Event event) {
        Envelope<Event> original = Envelope.originating(event, Instant.parse("2025-05-30T16:45:00Z"));
        Envelope<?> caused = original.cause(event, Instant.parse("2025-05-30T16:46:00Z"));

        assertThat(EventJson.read(EventJson.write(original))).isEqualTo(original);
        assertThat(EventJson.read(EventJson.write(caused))).isEqualTo(caused);
    }

    @Test
    void writesMoneyAsDecimalStringsAndTheStableTypeName() {
        Envelope<TickObserved> tick = Envelope.originating(new TickObserved(SampleEvents.BTC, Price.of("104217.50")),
                Instant.parse("2025-05-30T16:45:00Z"));

        String json = new String(EventJson.write(tick), StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":\"market.tick-observed.v1\"").contains("\"price\":\"104217.5\"")
                .contains("\"occurredAt\":\"2025-05-30T16:45:00Z\"").contains("\"causationId\":null");
    }

    @Test
    void causedEventsKeepTheCorrelationAndNameTheirCause() {
        Envelope<TickObserved> tick = Envelope.originating(new TickObserved(SampleEvents.BTC, Price.of("1")), Instant.EPOCH);
        Envelope<TickObserved> next = tick.cause(tick.payload(), Instant.EPOCH);

        assertThat(next.correlationId()).isEqualTo(tick.correlationId());
        assertThat(next.causationId()).isEqualTo(tick.eventId());
        assertThat(next.eventId()).isNotEqualTo(tick.eventId());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not json",
            "[1,2]",
            "{\"type\":\"order.exploded.v1\",\"eventId\":\"00000000-0000-0000-0000-000000000001\",\"occurredAt\":\"2025-01-01T00:00:00Z\",\"correlationId\":\"00000000-0000-0000-0000-000000000002\",\"payload\":{}}",
            "{\"type\":\"market.tick-observed.v1\",\"eventId\":\"00000000-0000-0000-0000-000000000001\",\"occurredAt\":\"2025-01-01T00:00:00Z\",\"correlationId\":\"00000000-0000-0000-0000-000000000002\",\"payload\":{\"symbol\":\"BTCUSDT\",\"price\":\"-5\"}}",
            "{\"type\":\"market.tick-observed.v1\",\"eventId\":\"00000000-0000-0000-0000-000000000001\",\"occurredAt\":\"2025-01-01T00:00:00Z\",\"correlationId\":\"00000000-0000-0000-0000-000000000002\",\"payload\":{\"symbol\":\"BTCUSDT\",\"price\":\"NaN\"}}",
            "{\"type\":\"market.tick-observed.v1\",\"eventId\":\"00000000-0000-0000-0000-000000000001\",\"occurredAt\":\"2025-01-01T00:00:00Z\",\"correlationId\":\"00000000-0000-0000-0000-000000000002\",\"payload\":{\"symbol\":\"BTCUSDT\"}}",
            "{\"type\":\"market.tick-observed.v1\",\"occurredAt\":\"2025-01-01T00:00:00Z\",\"correlationId\":\"00000000-0000-0000-0000-000000000002\",\"payload\":{\"symbol\":\"BTCUSDT\",\"price\":\"1\"}}"
    })
    void refusesMalformedRecordsWithAReason(String record) {
        assertThatThrownBy(() -> EventJson.read(record.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageMatching(".+");
    }

    @Test
    void keysEachEventByWhatItsTopicIsKeyedBy() {
        assertThat(Envelope.originating(new TickObserved(SampleEvents.BTC, Price.of("1")), Instant.EPOCH).key())
                .isEqualTo("BTCUSDT");
        samples.stream().filter(e -> e instanceof io.quorum.contracts.event.UserScoped && EventCatalog.typeOf(e).topic().keyedBy()
                        == io.quorum.contracts.event.KeyedBy.USER)
                .forEach(e -> assertThat(EventCatalog.typeOf(e).topic().keyOf(e)).isEqualTo(SampleEvents.USER.toString()));
    }
}
