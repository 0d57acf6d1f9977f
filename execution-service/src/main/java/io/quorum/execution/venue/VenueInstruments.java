package io.quorum.execution.venue;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The instrument rules (tick size, quantity step, minimum quantity) as the venue publishes them, read on first use
 * and again once they are a day old: the live venue validates orders against these, not against Quorum's own list.
 */
public final class VenueInstruments implements Function<Symbol, Optional<Instrument>> {

    private static final Duration MAX_AGE = Duration.ofDays(1);

    private final Supplier<List<Instrument>> venue;
    private final Clock clock;
    private Map<Symbol, Instrument> rules;
    private Instant readAt;

    public VenueInstruments(Supplier<List<Instrument>> venue, Clock clock) {
        this.venue = venue;
        this.clock = clock;
    }

    @Override
    public synchronized Optional<Instrument> apply(Symbol symbol) {
        Instant now = clock.instant();
        if (rules == null || readAt.plus(MAX_AGE).isBefore(now)) {
            rules = venue.get().stream().collect(Collectors.toUnmodifiableMap(Instrument::symbol, rule -> rule, (a, b) -> a));
            readAt = now;
        }
        return Optional.ofNullable(rules.get(symbol));
    }
}
