package io.quorum.notifier.notification;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.SampleEvents;
import io.quorum.testkit.EventProbe;
import java.util.ArrayList;
import java.util.List;
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
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].occurredAt").value(SampleEvents.T0.plusSeconds(7 * 60).toString()))
                .andExpect(jsonPath("$.items[1].occurredAt").value(SampleEvents.T0.plusSeconds(6 * 60).toString()));
        assertThat(history(UserId.random()).isEmpty()).isTrue();
    }

    @Test
    void theNextCursorLeadsThroughTheWholeHistoryOnce() throws Exception {
        UserId user = UserId.random();
        BotId bot = BotId.random();
        try (EventProbe probe = EventProbe.on(Topics.EXECUTIONS_NAME)) {
            for (int minute : new int[] {5, 9, 7, 6, 8}) {
                probe.publish(at(SampleEvents.filled(user, bot), minute));
            }
        }
        awaitHistory(user, history -> history.size() == 5);

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = get("/api/notifications").param("limit", "2");
            if (cursor != null) {
                request.param("cursor", cursor);
            }
            String body = mvc.perform(as(user, request)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            seen.addAll(JsonPath.read(body, "$.items[*].occurredAt"));
            cursor = JsonPath.read(body, "$.next");
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(List.of(9, 8, 7, 6, 5).stream()
                .map(minute -> SampleEvents.T0.plusSeconds(minute * 60L).toString()).toList());
    }

    @Test
    void rejectsACursorItDidNotGiveOut() throws Exception {
        for (String cursor : new String[] {"%%%", "", "YWJj"}) {
            mvc.perform(as(UserId.random(), get("/api/notifications").param("cursor", cursor)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("cursor"));
        }
    }

    @Test
    void rejectsALimitOutOfRange() throws Exception {
        for (String limit : new String[] {"0", "201", "ten", "-1", ""}) {
            mvc.perform(as(UserId.random(), get("/api/notifications").param("limit", limit)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("limit"));
        }
    }
}
