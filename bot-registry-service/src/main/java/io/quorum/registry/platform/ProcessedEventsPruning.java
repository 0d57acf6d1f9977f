package io.quorum.registry.platform;

import io.quorum.contracts.event.Topic;
import io.quorum.contracts.event.Topics;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the ids of consumed events ({@code processed_events}) once no topic this service consumes can deliver those
 * events again. Kafka deletes a record only with its whole segment, once the segment's newest record is older than the
 * topic's retention, and a segment rolls after at most {@link #SEGMENT_ROLL} (Kafka's default {@code log.roll.hours});
 * a record is processed after it was written. So an id processed longer ago than the longest consumed retention plus a
 * segment roll belongs to a record that is gone, and no redelivery, rebalance or offset reset can bring it back.
 *
 * <p>The topics are the ones this service's listeners actually consume, read at start. A compacted topic keeps each
 * key's latest record for ever, so a consumer that re-reads it from the start (its group's offsets expired, a reset)
 * would meet events whose ids had been pruned: pruning refuses to start with one among them, as with a retention that
 * is too short — both stop the service, so the choice is made by whoever adds such a listener, not found out later.
 */
public class ProcessedEventsPruning extends PeriodicPass {

    /** Kafka's default segment roll (log.roll.hours = 168): how much longer than its retention a record may live. */
    public static final Duration SEGMENT_ROLL = Duration.ofDays(7);

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;
    private final Supplier<Collection<String>> consumedTopics;

    /** {@code consumedTopics}: asked at start, when the listeners are known. */
    public ProcessedEventsPruning(JdbcClient jdbc, Clock clock, Duration retention, Duration interval,
                                  Supplier<Collection<String>> consumedTopics) {
        super("processed-events-pruning", interval);
        if (retention == null || !retention.isPositive()) {
            throw new IllegalArgumentException("quorum.processed-events.retention must be positive, not " + retention);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.consumedTopics = consumedTopics;
    }

    /**
     * Checks that ids kept {@code retention} outlive every consumed topic's records; refuses a compacted or unknown
     * topic. Returns the topics checked.
     */
    public List<Topic> check() {
        Map<String, Topic> known = Topics.all().stream().collect(Collectors.toMap(Topic::name, Function.identity()));
        List<Topic> consumed = consumedTopics.get().stream().distinct().sorted().map(name -> {
            Topic topic = known.get(name);
            if (topic == null) {
                throw new IllegalStateException("processed_events cannot be pruned: " + name
                        + " is not a topic of io.quorum.contracts.event.Topics, so its retention is unknown");
            }
            if (topic.compacted()) {
                throw new IllegalStateException("processed_events cannot be pruned: " + name + " is compacted, so its "
                        + "events can be delivered again for as long as it exists (docs/operations.md, Pruning)");
            }
            return topic;
        }).toList();
        Duration longest = consumed.stream().map(Topic::retention).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        if (retention.compareTo(longest.plus(SEGMENT_ROLL)) < 0) {
            throw new IllegalStateException("quorum.processed-events.retention " + retention + " is shorter than the "
                    + "longest retention of the topics consumed (" + longest + ") plus a segment roll (" + SEGMENT_ROLL + ")");
        }
        return consumed;
    }

    /** Deletes the ids processed longer than the retention ago, in batches that skip rows a consumer holds. */
    public int prune() {
        return BatchedDelete.run(jdbc, """
                delete from processed_events where event_id in (
                  select event_id from processed_events where processed_at < ? limit ? for update skip locked)""",
                Timestamp.from(clock.instant().minus(retention)), BATCH);
    }

    @Override
    protected String runPass() {
        return "pruned " + prune() + " ids of processed events";
    }

    /** A topic that cannot be pruned safely, or a retention too short, stops the registry starting. */
    @Override
    protected void beforeStart() {
        check();
    }
}
