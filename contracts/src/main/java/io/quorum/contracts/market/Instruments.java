package io.quorum.contracts.market;

import io.quorum.contracts.ids.Symbol;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The instruments Quorum trades, with Bybit's published rules for the linear perpetuals
 * (GET /v5/market/instruments-info?category=linear).
 */
public final class Instruments {

    private static final Map<Symbol, Instrument> LINEAR = Map.of(
            Symbol.of("BTCUSDT"), new Instrument(Symbol.of("BTCUSDT"), new BigDecimal("0.10"), new BigDecimal("0.001"), new BigDecimal("0.001"), 100),
            Symbol.of("ETHUSDT"), new Instrument(Symbol.of("ETHUSDT"), new BigDecimal("0.01"), new BigDecimal("0.01"), new BigDecimal("0.01"), 100));

    private Instruments() {
    }

    public static Optional<Instrument> find(Symbol symbol) {
        return Optional.ofNullable(LINEAR.get(symbol));
    }

    public static Instrument of(Symbol symbol) {
        return find(symbol).orElseThrow(() -> new IllegalArgumentException("symbol " + symbol + " is not traded by Quorum"));
    }
}
