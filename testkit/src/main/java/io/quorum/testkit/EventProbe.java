package io.quorum.testkit;

import static org.awaitility.Awaitility.await;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.serde.EventJson;
import io.quorum.contracts.serde.EventSerializer;
import io.quorum.contracts.serde.MalformedEventException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads topics from the beginning in the background and keeps every record, so a test can wait for
 * the events a flow should produce. Also publishes events, or raw bytes, as another service would.
 */
public final class EventProbe implements AutoCloseable {

    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread poller;
    private final KafkaProducer<String, Object> producer;

    private EventProbe(String bootstrapServers, Collection<String> topics) {
        Properties consumerProps = new Properties();
        consumerProps.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500"));
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProps);
        consumer.subscribe(List.copyOf(topics));
        poller = Thread.ofPlatform().name("event-probe").daemon().start(() -> {
            try (consumer) {
                while (running.get()) {
                    consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                }
            }
        });
        Properties producerProps = new Properties();
        producerProps.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, EventSerializer.class.getName()));
        producer = new KafkaProducer<>(producerProps);
    }

    public static EventProbe on(String... topics) {
        return new EventProbe(EmbeddedInfrastructure.get().kafkaBootstrapServers(), List.of(topics));
    }

    public static EventProbe on(String bootstrapServers, Collection<String> topics) {
        return new EventProbe(bootstrapServers, topics);
    }

    /** Every readable event seen so far, in arrival order; poison records (tests publish some) are skipped. */
    public List<Envelope<?>> envelopes() {
        List<Envelope<?>> envelopes = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (!record.topic().endsWith(".dlt")) {
                try {
                    envelopes.add(EventJson.read(record.value()));
                } catch (MalformedEventException unreadable) {
                    // not an event: the services send it to the dead-letter topic; a probe just looks past it
                }
            }
        }
        return envelopes;
    }

    public <E extends Event> List<E> events(Class<E> type) {
        return envelopes().stream().map(Envelope::payload).filter(type::isInstance).map(type::cast).toList();
    }

    public List<ConsumerRecord<String, byte[]>> records(String topic) {
        return records.stream().filter(r -> r.topic().equals(topic)).toList();
    }

    public <E extends Event> E awaitEvent(Class<E> type, Predicate<E> matching) {
        return await().atMost(Duration.ofSeconds(60)).until(
                () -> events(type).stream().filter(matching).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    public void publish(Envelope<?> envelope) {
        send(envelope.topic().name(), envelope.key(), envelope);
    }

    public void publishRaw(String topic, String key, byte[] value) {
        send(topic, key, value);
    }

    private void send(String topic, String key, Object value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not publish to " + topic, e.getCause());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        poller.join();
        producer.close();
    }
}
