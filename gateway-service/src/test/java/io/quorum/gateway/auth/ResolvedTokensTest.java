package io.quorum.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.UserId;
import io.quorum.testkit.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResolvedTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ResolvedTokens tokens = new ResolvedTokens(clock, Duration.ofSeconds(30), 3);
    private final UserId alice = UserId.random();

    @Test
    void aResolvedTokenIsTrustedForTheTtlAndThenAskedAgain() {
        tokens.remember("t1", alice);

        clock.advance(Duration.ofSeconds(29));
        assertThat(tokens.find("t1")).contains(alice);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.find("t1")).isEmpty();
    }

    @Test
    void anUnknownTokenIsNotFound() {
        tokens.remember("t1", alice);

        assertThat(tokens.find("t2")).isEmpty();
    }

    @Test
    void aFloodOfTokensDoesNotGrowTheCacheBeyondItsSize() {
        for (int i = 0; i < 10; i++) {
            tokens.remember("t" + i, UserId.random());
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        assertThat(tokens.find("t9")).isPresent();
    }

    @Test
    void expiredEntriesMakeRoomBeforeLiveOnesAreForgotten() {
        tokens.remember("old1", alice);
        tokens.remember("old2", alice);
        clock.advance(Duration.ofSeconds(20));
        tokens.remember("live", alice);
        clock.advance(Duration.ofSeconds(15));

        tokens.remember("new", alice);

        assertThat(tokens.find("live")).contains(alice);
        assertThat(tokens.find("new")).contains(alice);
    }
}
