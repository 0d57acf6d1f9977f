package io.quorum.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The linear instruments FakeBybit lists (BTCUSDT and ETHUSDT, shaped as Bybit's documentation shows them). */
final class FakeBybitInstruments {

    private final ObjectNode result;
    private final Map<String, JsonNode> bySymbol = new LinkedHashMap<>();

    private FakeBybitInstruments(ObjectNode result) {
        this.result = result;
        result.path("list").forEach(instrument -> bySymbol.put(instrument.path("symbol").asString(), instrument));
    }

    static FakeBybitInstruments load() {
        return new FakeBybitInstruments((ObjectNode) template("instruments-linear.json"));
    }

    static JsonNode template(String name) {
        try (InputStream in = FakeBybitInstruments.class.getResourceAsStream("bybit/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing FakeBybit template " + name);
            }
            return FakeBybit.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instruments-info result, all of them or the one symbol asked for. */
    ObjectNode result(String symbol) {
        ObjectNode copy = result.deepCopy();
        if (!symbol.isEmpty()) {
            copy.putArray("list").addAll(bySymbol.containsKey(symbol) ? List.of(bySymbol.get(symbol)) : List.of());
        }
        return copy;
    }

    boolean lists(String symbol) {
        return bySymbol.containsKey(symbol);
    }

    BigDecimal tickSize(String symbol) {
        return new BigDecimal(bySymbol.get(symbol).path("priceFilter").path("tickSize").asString());
    }

    BigDecimal qtyStep(String symbol) {
        return new BigDecimal(bySymbol.get(symbol).path("lotSizeFilter").path("qtyStep").asString());
    }

    BigDecimal minQty(String symbol) {
        return new BigDecimal(bySymbol.get(symbol).path("lotSizeFilter").path("minOrderQty").asString());
    }

    int maxLeverage(String symbol) {
        return new BigDecimal(bySymbol.get(symbol).path("leverageFilter").path("maxLeverage").asString()).intValue();
    }
}
