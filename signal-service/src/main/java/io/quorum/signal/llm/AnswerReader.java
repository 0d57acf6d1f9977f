package io.quorum.signal.llm;

import io.quorum.contracts.money.Price;
import io.quorum.signal.voting.Action;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a model's text as an answer: the whole text as JSON, or else the first fenced
 * {@code ```json} block — whatever the output mode, since models in JSON mode still wrap answers
 * in fences now and then. Anything not in the asked form (no JSON, an unknown action, a missing
 * explanation, a confidence outside 0–1) is unreadable, with the reason; rules are not judged here.
 */
final class AnswerReader {

    sealed interface Reading permits Read, Unreadable {
    }

    record Read(LlmAnswer answer) implements Reading {
    }

    record Unreadable(String reason) implements Reading {
    }

    private static final Pattern FENCED = Pattern.compile("```(?:json|JSON)?\\s*(\\{.*?})\\s*```", Pattern.DOTALL);
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private AnswerReader() {
    }

    static Reading read(String text) {
        if (text == null || text.isBlank()) {
            return new Unreadable("empty answer");
        }
        JsonNode root = parse(text.strip());
        if (root == null) {
            Matcher fenced = FENCED.matcher(text);
            root = fenced.find() ? parse(fenced.group(1)) : null;
        }
        if (root == null || !root.isObject()) {
            return new Unreadable("no JSON object in the answer: " + abbreviate(text));
        }
        try {
            return new Read(answer(root));
        } catch (IllegalArgumentException e) {
            return new Unreadable(e.getMessage());
        }
    }

    private static LlmAnswer answer(JsonNode root) {
        String explanation = root.path("explanation").asString("").strip();
        if (explanation.isEmpty()) {
            throw new IllegalArgumentException("the answer has no explanation");
        }
        return new LlmAnswer(action(root.path("action").asString("")), confidence(root.get("confidence")), explanation,
                price(root.get("take_profit"), "take_profit"), price(root.get("stop_loss"), "stop_loss"),
                leverage(root.get("leverage")), root.path("close_now").asBoolean(false),
                root.path("update_existing").asBoolean(false));
    }

    private static Action action(String text) {
        String normalized = text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!AnswerSchema.ACTIONS.contains(normalized)) {
            throw new IllegalArgumentException("unknown action '" + abbreviate(text) + "'");
        }
        return Action.valueOf(normalized.toUpperCase(Locale.ROOT));
    }

    private static BigDecimal confidence(JsonNode node) {
        BigDecimal value = decimal(node, "confidence");
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("confidence must be a number from 0 to 1, was " + node);
        }
        return value;
    }

    private static Price price(JsonNode node, String field) {
        BigDecimal value = decimal(node, field);
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be a positive price, was " + value.toPlainString());
        }
        return Price.of(value);
    }

    private static Integer leverage(JsonNode node) {
        BigDecimal value = decimal(node, "leverage");
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("leverage must be a whole number of at least 1, was " + value.toPlainString());
        }
        return value.intValueExact();
    }

    /** A number, or a number written as a string; null when absent or JSON null. */
    private static BigDecimal decimal(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return node.isNumber() ? node.decimalValue() : new BigDecimal(node.asString("").strip());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(field + " must be a number, was " + node);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }
}
