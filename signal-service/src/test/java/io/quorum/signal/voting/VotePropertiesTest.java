package io.quorum.signal.voting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VotePropertiesTest {

    @Property
    void anyConfidenceOutsideZeroToOneIsRefusedByTheVoteItself(@ForAll("outOfRange") BigDecimal confidence,
                                                               @ForAll Action action) {
        assertThatThrownBy(() -> Vote.of(VoterId.llm("gpt"), action, confidence, "certain"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<BigDecimal> outOfRange() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-1E9"), new BigDecimal("-0.000001")).ofScale(6),
                Arbitraries.bigDecimals().between(new BigDecimal("1.000001"), new BigDecimal("1E9")).ofScale(6));
    }
}
