package io.quorum.launcher.bench;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.serde.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the trading topics as an analyst would (no consumer group, every partition, default fetch
 * settings): remembers each tick's record time stamp by event id, and for each fill its record time
 * stamp, the time it arrived here and the event that caused it — for a fill at a resting limit the
 * tick, since the paper venue fills it as {@code tick.cause(OrderFilled)}. Counts intents and their
 * outcomes so the bench knows when the initial orders rest.
 */
final class PipelineWatch implements AutoCloseable {

    /** One fill: its record's producer time stamp, when this consumer got it, and its cause's event id. */
    record SeenFill(long recordMillis, long arrivedMillis, UUID causation) {
    }

    private static final List<String> TOPICS = List.of(Topics.TICKS_NAME, Topics.ORDER_INTENTS_NAME,
            Topics.ORDER_DECISIONS_NAME, Topics.EXECUTIONS_NAME);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<UUID, Long> tickMillis = new ConcurrentHashMap<>();
    private final List<SeenFill> fills = new ArrayList<>();
    private final Map<Class<?>, AtomicLong> counts = new ConcurrentHashMap<>();
    private final AtomicLong lastRecordMillis = new AtomicLong(System.currentTimeMillis());
    private volatile boolean running = true;
    private final Thread worker;

    PipelineWatch(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        TOPICS.forEach(topic -> consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition()))));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        worker = Thread.ofPlatform().name("bench-watch").start(this::loop);
    }

    private void loop() {
        while (running) {
            var records = consumer.poll(Duration.ofMillis(100));
            long arrived = System.currentTimeMillis();
            for (ConsumerRecord<String, byte[]> record : records) {
                see(EventJson.read(record.value()), record.timestamp(), arrived);
                lastRecordMillis.set(arrived);
            }
        }
        consumer.close();
    }

    private void see(Envelope<?> envelope, long recordMillis, long arrived) {
        counts.computeIfAbsent(envelope.payload().getClass(), type -> new AtomicLong()).incrementAndGet();
        switch (envelope.payload()) {
            case TickObserved tick -> tickMillis.put(envelope.eventId().value(), recordMillis);
            case OrderFilled filled -> {
                EventId cause = envelope.causationId();
                synchronized (fills) {
                    fills.add(new SeenFill(recordMillis, arrived, cause == null ? null : cause.value()));
                }
            }
            default -> { }
        }
    }

    long count(Class<?> type) {
        AtomicLong count = counts.get(type);
        return count == null ? 0 : count.get();
    }

    /** Intents that have not yet rested, filled, or been refused. */
    long intentsInFlight() {
        return count(OrderIntentCreated.class) - count(OrderPlaced.class) - count(OrderRejected.class)
                - count(OrderRejectedByVenue.class);
    }

    long restingOrders() {
        return count(OrderPlaced.class) - count(OrderFilled.class) - count(OrderCancelled.class);
    }

    long lastRecordMillis() {
        return lastRecordMillis.get();
    }

    long millisSinceLastRecord() {
        return System.currentTimeMillis() - lastRecordMillis.get();
    }

    /** The producer time stamp of a tick's record, if it was seen. */
    Long tickRecordMillis(UUID tickEventId) {
        return tickMillis.get(tickEventId);
    }

    long ticksSince(long wallMillis) {
        return tickMillis.values().stream().filter(t -> t >= wallMillis).count();
    }

    List<SeenFill> fills() {
        synchronized (fills) {
            return List.copyOf(fills);
        }
    }

    Map<String, Long> countsByType() {
        Map<String, Long> byType = new HashMap<>();
        counts.forEach((type, count) -> byType.put(type.getSimpleName(), count.get()));
        return byType;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        worker.join();
    }
}
