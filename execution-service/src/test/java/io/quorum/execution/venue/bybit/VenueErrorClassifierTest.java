package io.quorum.execution.venue.bybit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.execution.venue.bybit.VenueErrorClassifier.Handling;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VenueErrorClassifierTest {

    private final VenueErrorClassifier classifier = new VenueErrorClassifier();

    @ParameterizedTest(name = "retCode {0} → {1}")
    @CsvSource({
            "10003, STOP_BOT",               // invalid API key
            "10004, STOP_BOT",               // signature refused
            "10005, STOP_BOT",               // permission denied
            "10010, STOP_BOT",               // IP not allowed
            "10006, WAIT_FOR_RESET",         // rate limit
            "10002, RESYNC_CLOCK_AND_RETRY", // timestamp outside the receive window
            "10000, LOOK_UP_BEFORE_RETRY",   // server timeout
            "10016, LOOK_UP_BEFORE_RETRY",   // server error
            "110072, LOOK_UP_NEVER_REPLACE", // duplicate orderLinkId
            "110007, REJECT_WITH_ALERT",     // insufficient available balance
            "110012, REJECT_WITH_ALERT",     // insufficient available balance
            "10001, REJECT",                 // parameter error
            "110017, REJECT",                // reduce-only rule not satisfied
    })
    void classifiesEachRetCode(int retCode, Handling expected) {
        assertThat(classifier.classify(VenueFailure.refused(retCode, "", null))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @CsvSource({"500, LOOK_UP_BEFORE_RETRY", "502, LOOK_UP_BEFORE_RETRY", "503, LOOK_UP_BEFORE_RETRY",
            "504, LOOK_UP_BEFORE_RETRY", "403, WAIT_FOR_RESET", "429, WAIT_FOR_RESET", "404, REJECT", "400, REJECT"})
    void classifiesEachHttpStatus(int status, Handling expected) {
        assertThat(classifier.classify(VenueFailure.httpStatus(status, null))).isEqualTo(expected);
    }

    @Test
    void aTimeoutOrALostConnectionLeavesTheOrderAmbiguous() {
        assertThat(classifier.classify(VenueFailure.timedOut(new HttpTimeoutException("read timed out"))))
                .isEqualTo(Handling.LOOK_UP_BEFORE_RETRY);
        assertThat(classifier.classify(VenueFailure.unreachable(new java.io.IOException("connection reset"))))
                .isEqualTo(Handling.LOOK_UP_BEFORE_RETRY);
    }

    @Test
    void aRateLimitCarriesTheResetTheHeadersGave() {
        Instant reset = Instant.parse("2026-01-01T00:00:01Z");
        assertThat(VenueFailure.refused(10006, "Too many visits!", reset).limitResetAt()).contains(reset);
    }
}
