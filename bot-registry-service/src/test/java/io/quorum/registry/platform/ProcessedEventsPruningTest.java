package io.quorum.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.event.Topic;
import io.quorum.contracts.event.Topics;
import io.quorum.registry.RegistryScenario;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ids of consumed events are kept longer than any topic the registry consumes can deliver them, then deleted; a
 * compacted topic among them, an unknown one or too short a retention stops pruning from starting. Time is a fixed
 * clock, never waited for.
 */
class ProcessedEventsPruningTest extends RegistryScenario {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessedEventsPruning scheduled;

    @Test
    void theRegistryPrunesAfterItsLongestConsumedRetentionPlusASegmentRoll() {
        assertThat(scheduled.isRunning()).isTrue();
        assertThat(scheduled.check()).extracting(Topic::name).containsExactlyInAnyOrder(
                Topics.ORDER_DECISIONS_NAME, Topics.POSITIONS_NAME, Topics.BOT_STOP_TRIGGERS_NAME);
        // positions and stop triggers are kept 30 days, decisions 7; a record may outlive its retention by a segment roll
        assertThatThrownBy(() -> pruning(Instant.now(), Duration.ofDays(36), List.of(Topics.POSITIONS_NAME)).check())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("quorum.processed-events.retention");
        assertThat(pruning(Instant.now(), Duration.ofDays(37), List.of(Topics.POSITIONS_NAME)).check()).hasSize(1);
    }

    @Test
    void aCompactedOrUnknownTopicIsNeverPruned() {
        assertThatThrownBy(() -> pruning(Instant.now(), Duration.ofDays(100000),
                List.of(Topics.POSITIONS_NAME, Topics.BOT_LIFECYCLE_NAME)).check())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("compacted");
        assertThatThrownBy(() -> pruning(Instant.now(), Duration.ofDays(100000), List.of("somebody.elses.topic")).check())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("somebody.elses.topic");
    }

    @Test
    void onlyIdsProcessedLongerThanTheRetentionAgoAreDeleted() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID old = processedAt(now.minus(Duration.ofDays(45)).minusSeconds(1));
        UUID recent = processedAt(now.minus(Duration.ofDays(45)).plusSeconds(1));

        int deleted = pruning(now, Duration.ofDays(45), List.of(Topics.POSITIONS_NAME)).prune();

        assertThat(deleted).isPositive();
        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private ProcessedEventsPruning pruning(Instant now, Duration retention, List<String> topics) {
        return new ProcessedEventsPruning(jdbc, Clock.fixed(now, ZoneOffset.UTC), retention, Duration.ofHours(1),
                () -> topics);
    }

    private UUID processedAt(Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into processed_events (event_id, processed_at) values (?, ?)").params(id, Timestamp.from(at)).update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from processed_events where event_id = ?").param(id).query(Long.class).single() > 0;
    }
}
