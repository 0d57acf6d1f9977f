package io.quorum.registry.bots;

import io.quorum.registry.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allow-list of a PATCH: {@code name}, {@code budget} and {@code leverage}, nothing else. A field of a bot that
 * cannot be edited ({@code id}, {@code status}, the owner, {@code kind}, {@code symbol}, …) or a field no bot has is a
 * 400 naming it, before anything is read or stored: a request never sets what it was not meant to.
 */
final class BotEditRequest {

    private static final Set<String> EDITABLE = Set.of("name", "budget", "leverage");
    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("id", "is given by the platform and cannot be changed"),
            Map.entry("status", "cannot be set; start or stop the bot instead"),
            Map.entry("statusReason", "cannot be set"),
            Map.entry("userId", "cannot be changed: a bot stays with its owner"),
            Map.entry("owner", "cannot be changed: a bot stays with its owner"),
            Map.entry("ownerId", "cannot be changed: a bot stays with its owner"),
            Map.entry("kind", "cannot be changed; create a bot of the other kind instead"),
            Map.entry("symbol", "cannot be changed; create a bot on the other symbol instead"),
            Map.entry("grid", "is changed with PUT /api/grid-bot/{id}/config"),
            Map.entry("templateId", "cannot be changed; create a bot from the other template instead"),
            Map.entry("trend", "comes from the bot's template and cannot be changed"),
            Map.entry("createdAt", "cannot be changed"),
            Map.entry("updatedAt", "cannot be changed"),
            Map.entry("deletedAt", "cannot be set; DELETE the bot instead"));

    private BotEditRequest() {
    }

    /** Floats read as exact decimals, as the typed request bodies read them. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    /** The body as sent; not JSON, or not an object, is a 400 naming {@code body}. */
    static BotEdit read(String text) {
        JsonNode body;
        try {
            body = text == null ? null : JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidRequestException("body", "the request body is not valid JSON");
        }
        return read(body);
    }

    static BotEdit read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidRequestException("body", "must be a JSON object with any of name, budget, leverage");
        }
        for (var property : body.properties()) {
            String field = property.getKey();
            if (!EDITABLE.contains(field)) {
                throw new InvalidRequestException(field, FIXED.getOrDefault(field,
                        "is not a field of a bot that can be changed; only name, budget and leverage are"));
            }
        }
        if (body.isEmpty()) {
            throw new InvalidRequestException("body", "names no field to change; send any of name, budget, leverage");
        }
        return new BotEdit(name(body.get("name")), budget(body.get("budget")), leverage(body.get("leverage")));
    }

    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidRequestException("name", "must be a string of 1 to 60 characters");
        }
        return node.asString();
    }

    /** A decimal string, as the API writes money, or a JSON number. */
    private static BigDecimal budget(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isString()) {
            try {
                return new BigDecimal(node.asString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidRequestException("budget", "must be a decimal number, as a string");
            }
        }
        throw new InvalidRequestException("budget", "must be a decimal number, as a string");
    }

    private static Integer leverage(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidRequestException("leverage", "must be a whole number from 1 to 20");
        }
        return node.intValue();
    }
}
