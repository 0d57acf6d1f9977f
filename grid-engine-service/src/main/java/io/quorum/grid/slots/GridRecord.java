package io.quorum.grid.slots;

import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.money.Money;
import java.time.Instant;

/**
 * A grid's persisted state apart from its slots; {@code armed} turns true with the tick that places the first
 * buys. {@code firstTickAt} is the event time of the first tick after the start, {@code endedAt} that of the
 * latest tick when the grid exited or stopped (both null until then): the grid's running time lies between.
 */
public record GridRecord(GridBot bot, GridSpec spec, Money budget, GridStatus status, String reason, boolean armed,
                         GridStats stats, Instant startedAt, Instant firstTickAt, Instant endedAt) {
}
