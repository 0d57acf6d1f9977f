package io.quorum.contracts.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.serde.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LlmBudgetExhaustedTest {

    private static final UserId USER = UserId.random();

    @Test
    void travelsOnTheSignalNoticesTopicKeyedByTheUserWithTheDayAsAnIsoDate() {
        Envelope<LlmBudgetExhausted> notice = Envelope.originating(
                new LlmBudgetExhausted(USER, LocalDate.parse("2025-06-21"), 2, 2), Instant.parse("2025-06-21T00:15:00Z"));

        byte[] wire = EventJson.write(notice);
        String json = new String(wire, StandardCharsets.UTF_8);

        assertThat(notice.topic()).isEqualTo(Topics.SIGNAL_NOTICES);
        assertThat(notice.key()).isEqualTo(USER.toString());
        assertThat(json).contains("\"type\":\"signal.llm-budget-exhausted.v1\"").contains("\"day\":\"2025-06-21\"");
        assertThat(EventJson.read(wire)).isEqualTo(notice);
    }

    @Test
    void aBudgetOfNoCallsIsNeverExhaustedAndUsedStaysWithinTheLimit() {
        LocalDate day = LocalDate.parse("2025-06-21");
        assertThatThrownBy(() -> new LlmBudgetExhausted(USER, day, 0, 0)).hasMessageContaining("at least one call");
        assertThatThrownBy(() -> new LlmBudgetExhausted(USER, day, 5, 6)).hasMessageContaining("between 0 and");
        assertThatThrownBy(() -> new LlmBudgetExhausted(USER, day, 5, -1)).hasMessageContaining("between 0 and");
        assertThat(new LlmBudgetExhausted(USER, day, 5, 3).used()).isEqualTo(3);
    }
}
