package io.quorum.grid.slots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Any path of prices through a grid with a trigger (62000), a stop-loss (59000) and a take-profit (65000). */
class GridExitPropertiesTest {

    private static final Price TRIGGER = Price.of("62000");
    private static final Price STOP_LOSS = Price.of("59000");
    private static final Price TAKE_PROFIT = Price.of("65000");

    @Property
    void aGridAsksForItsStopAtMostOnceAndPlacesNothingAfterNorBeforeItsTrigger(
            @ForAll @Size(min = 1, max = 40) List<@BigRange(min = "57000", max = "67000") @Scale(1) BigDecimal> path) {
        Grid grid = GridOptionsTest.grid("62000", "59000", "65000");
        TriggerPolicy trigger = new TriggerPolicy();
        Price previous = null;
        boolean reachedTrigger = false;
        int stops = 0;
        Instant at = GridOptionsTest.T0;
        for (BigDecimal value : path) {
            Price price = Price.of(value);
            boolean exitsHere = stops == 0 && (!price.isAbove(STOP_LOSS) || !price.isBelow(TAKE_PROFIT));
            reachedTrigger |= !exitsHere && trigger.reached(TRIGGER, previous, price);
            at = at.plusSeconds(1);

            TickOutcome outcome = grid.onTick(previous, price, at);

            if (stops > 0 || exitsHere || !reachedTrigger) {
                assertThat(outcome.intents()).isEmpty();
            }
            assertThat(outcome.stop().isPresent()).isEqualTo(exitsHere);
            stops += outcome.stop().isPresent() ? 1 : 0;
            previous = price;
        }
        assertThat(stops).isLessThanOrEqualTo(1);
        assertThat(grid.status()).isEqualTo(stops == 1 ? GridStatus.EXITING
                : reachedTrigger ? GridStatus.ACTIVE : GridStatus.WAITING);
    }
}
