package io.quorum.contracts.serde;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.EventCatalog;
import io.quorum.contracts.event.EventType;
import io.quorum.contracts.ids.CorrelationId;
import io.quorum.contracts.ids.EventId;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire format of every topic: a JSON object
 * {@code {"type":"order.filled.v1","eventId":…,"occurredAt":…,"causationId":…,"correlationId":…,"payload":{…}}}.
 * Money is written as decimal strings so that no consumer, in any language, rounds it.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Envelope<?> envelope) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", envelope.type().wireName());
        node.put("eventId", envelope.eventId().toString());
        node.put("occurredAt", envelope.occurredAt().toString());
        node.put("causationId", envelope.causationId() == null ? null : envelope.causationId().toString());
        node.put("correlationId", envelope.correlationId().toString());
        node.set("payload", MAPPER.valueToTree(envelope.payload()));
        return MAPPER.writeValueAsBytes(node);
    }

    public static Envelope<?> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedEventException("empty record: no event");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        String wireName = text(node, "type");
        EventType type = EventCatalog.byWireName(wireName)
                .orElseThrow(() -> new MalformedEventException("unknown event type '" + wireName + "'"));
        try {
            Event payload = MAPPER.treeToValue(required(node, "payload"), type.javaType());
            String causation = node.path("causationId").isString() ? node.get("causationId").asString() : null;
            return new Envelope<>(
                    EventId.of(text(node, "eventId")),
                    Instant.parse(text(node, "occurredAt")),
                    causation == null ? null : EventId.of(causation),
                    CorrelationId.of(text(node, "correlationId")),
                    payload);
        } catch (JacksonException e) {
            throw new MalformedEventException("invalid " + wireName + ": " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new MalformedEventException("invalid " + wireName + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = required(node, field);
        if (!value.isString()) {
            throw new MalformedEventException("field '" + field + "' must be a string");
        }
        return value.asString();
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedEventException("missing field '" + field + "'");
        }
        return value;
    }
}
