package io.quorum.examples.fillspnl;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a record value of {@code quorum.executions.v1} as docs/events.md and docs/schemas/order.filled.v1.schema.json
 * describe it: a JSON envelope whose {@code type} names the event. Only {@code order.filled.v1} is a fill; every other
 * type on the topic (placed, cancelled, rejected, account notices, and any type added later) is skipped.
 */
final class FillReader {

    static final String FILLED = "order.filled.v1";

    private final JsonMapper json = JsonMapper.builder().build();

    /** The fill, or empty for another event type. Throws {@link UnreadableRecord} for a value that is not an event. */
    Optional<Fill> read(byte[] value) {
        JsonNode envelope;
        try {
            envelope = value == null ? null : json.readTree(value);
        } catch (JacksonException e) {
            throw new UnreadableRecord("not JSON: " + e.getOriginalMessage());
        }
        if (envelope == null || !envelope.isObject()) {
            throw new UnreadableRecord("not a JSON object");
        }
        if (!FILLED.equals(text(envelope, "type"))) {
            return Optional.empty();
        }
        JsonNode payload = envelope.get("payload");
        if (payload == null || !payload.isObject()) {
            throw new UnreadableRecord(FILLED + " without a payload");
        }
        JsonNode order = payload.get("order");
        if (order == null || !order.isObject()) {
            throw new UnreadableRecord(FILLED + " without its order");
        }
        try {
            return Optional.of(new Fill(text(envelope, "eventId"), Instant.parse(text(envelope, "occurredAt")),
                    text(payload, "userId"), text(payload, "botId"), text(order, "symbol"), text(order, "side"),
                    decimal(payload, "price"), decimal(payload, "quantity"), decimal(payload, "fee")));
        } catch (RuntimeException e) {
            throw new UnreadableRecord(FILLED + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new UnreadableRecord("field '" + field + "' must be a string");
        }
        return value.asString();
    }

    /** Money is written as a decimal string: parsed exactly, never through a double. */
    private static BigDecimal decimal(JsonNode node, String field) {
        return new BigDecimal(text(node, field));
    }

    /** A record this consumer cannot read; the caller reports it and goes on. */
    static final class UnreadableRecord extends RuntimeException {
        UnreadableRecord(String reason) {
            super(reason);
        }
    }
}
