package io.quorum.testkit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Reading a V5 request's parameters as Bybit does: a missing or malformed one is a 10001 parameter error. */
final class FakeBybitParams {

    private FakeBybitParams() {
    }

    static Predicate<JsonNode> matches(Map<String, String> params, String field) {
        String wanted = params.getOrDefault(field, "");
        return node -> wanted.isEmpty() || node.path(field).asString("").equals(wanted);
    }

    static String oneOf(Map<String, String> params, String name, String... allowed) {
        String value = params.getOrDefault(name, "");
        if (!List.of(allowed).contains(value)) {
            throw new FakeBybitReply.Refused(10001, "params error: " + name + " invalid");
        }
        return value;
    }

    static BigDecimal decimal(Map<String, String> params, String name) {
        BigDecimal value = optionalDecimal(params, name);
        if (value == null || value.signum() <= 0) {
            throw new FakeBybitReply.Refused(10001, "params error: " + name + " invalid");
        }
        return value;
    }

    static BigDecimal optionalDecimal(Map<String, String> params, String name) {
        String text = params.getOrDefault(name, "");
        try {
            return text.isEmpty() ? null : new BigDecimal(text);
        } catch (NumberFormatException malformed) {
            throw new FakeBybitReply.Refused(10001, "params error: " + name + " invalid");
        }
    }

    static boolean onStep(BigDecimal value, BigDecimal step) {
        return value.remainder(step).signum() == 0;
    }
}
