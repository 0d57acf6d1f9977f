package io.quorum.grid.slots;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.money.Money;
import java.time.Instant;

/** A grid's persisted state apart from its slots; {@code armed} turns true with the first tick after the start. */
public record GridRecord(GridBot bot, GridSpec spec, Money budget, GridStatus status, String reason, boolean armed,
                         GridStats stats, Instant startedAt) {
}
