package io.quorum.notifier.notification;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.testkit.EventProbe;
import org.junit.jupiter.api.Test;

class HistoryApiTest extends NotifierScenarioTest {

    @Test
    void limitKeepsTheNewestAndOtherUsersSeeNothing() throws Exception {
        UserId user = UserId.random();
        BotId bot = BotId.random();
        try (EventProbe probe = EventProbe.on(Topics.EXECUTIONS_NAME)) {
            probe.publish(at(SampleEvents.filled(user, bot), 5));
            probe.publish(at(SampleEvents.filled(user, bot), 7));
            probe.publish(at(SampleEvents.filled(user, bot), 6));
        }
        awaitHistory(user, history -> history.size() == 3);

        mvc.perform(as(user, get("/api/notifications").param("limit", "2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].occurredAt").value(SampleEvents.T0.plusSeconds(7 * 60).toString()))
                .andExpect(jsonPath("$[1].occurredAt").value(SampleEvents.T0.plusSeconds(6 * 60).toString()));
        assertThat(history(UserId.random()).isEmpty()).isTrue();
    }

    @Test
    void rejectsALimitOutOfRange() throws Exception {
        for (String limit : new String[] {"0", "201", "ten", "-1"}) {
            mvc.perform(as(UserId.random(), get("/api/notifications").param("limit", limit)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("limit"));
        }
    }
}
