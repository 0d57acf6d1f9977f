package io.quorum.registry.bots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class TickPolicyPropertyTest {

    private static final BigDecimal BTC_TICK = new BigDecimal("0.10");

    private final TickPolicy policy = new TickPolicy();

    @Property
    void everyWholeNumberOfTicksIsAccepted(@ForAll @LongRange(min = 1, max = 10_000_000) long lowerTicks,
                                           @ForAll @LongRange(min = 1, max = 10_000_000) long width) {
        BigDecimal lower = BTC_TICK.multiply(BigDecimal.valueOf(lowerTicks));
        BigDecimal upper = BTC_TICK.multiply(BigDecimal.valueOf(lowerTicks + width));
        assertThat(policy.check(Drafts.withGrid(Drafts.grid(lower.toPlainString(), upper.toPlainString(), 10))).allowed())
                .isTrue();
    }

    @Property
    void aPriceBetweenTwoTicksIsRejectedNamingTheBound(@ForAll @LongRange(min = 1, max = 10_000_000) long ticks,
                                                       @ForAll @IntRange(min = 1, max = 99) int hundredthsOfATick) {
        BigDecimal offTick = BTC_TICK.multiply(BigDecimal.valueOf(ticks))
                .add(BTC_TICK.multiply(BigDecimal.valueOf(hundredthsOfATick)).movePointLeft(2));
        BigDecimal upper = BTC_TICK.multiply(BigDecimal.valueOf(ticks + 1_000));
        Verdict verdict = policy.check(Drafts.withGrid(Drafts.grid(offTick.toPlainString(), upper.toPlainString(), 10)));
        assertThat(verdict).isInstanceOfSatisfying(Verdict.Rejected.class,
                rejected -> assertThat(rejected.field()).isEqualTo("grid.lower"));
    }
}
