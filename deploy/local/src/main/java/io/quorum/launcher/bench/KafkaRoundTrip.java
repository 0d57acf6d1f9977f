package io.quorum.launcher.bench;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * One Kafka hop measured on the bench's own broker: a small record produced to a topic of its own
 * and consumed back, with the services' client settings (acks=all, the producer's default linger,
 * the consumer's default fetch). The time from the send call to the record's arrival in a poll is
 * one hop as the pipeline crosses it: batching, the leader's append, the fetch.
 */
final class KafkaRoundTrip implements AutoCloseable {

    private static final String TOPIC = "quorum.bench.round-trip";

    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean running;
    private Thread background;
    private Histogram underLoad;

    KafkaRoundTrip(String bootstrapServers, Admin admin) throws Exception {
        admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producer = new KafkaProducer<>(producerProps);
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(consumerProps);
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        consumer.assign(List.of(partition));
        consumer.seekToEnd(List.of(partition));
        consumer.position(partition);
    }

    /** {@code count} hops one after another, on the calling thread; microseconds. */
    Histogram measure(int count, Duration pause) throws InterruptedException {
        Histogram hops = new Histogram(60_000_000L, 3);
        for (int i = 0; i < count && !Thread.currentThread().isInterrupted(); i++) {
            hops.recordValue(oneHopMicros());
            Thread.sleep(pause);
        }
        return hops;
    }

    /** Measures hops in the background, every {@code pause}, until {@link #stopBackground()}. */
    void startBackground(Duration pause) {
        underLoad = new Histogram(60_000_000L, 3);
        running = true;
        background = Thread.ofPlatform().name("bench-round-trip").start(() -> {
            while (running) {
                long micros = oneHopMicros();
                synchronized (this) {
                    underLoad.recordValue(micros);
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    Histogram stopBackground() throws InterruptedException {
        running = false;
        background.join();
        synchronized (this) {
            return underLoad;
        }
    }

    private long oneHopMicros() {
        long sent = System.nanoTime();
        producer.send(new ProducerRecord<>(TOPIC, ByteBuffer.allocate(Long.BYTES).putLong(sent).array()));
        long giveUp = sent + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < giveUp) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                if (ByteBuffer.wrap(record.value()).getLong() == sent) {
                    return Math.min(60_000_000L, (System.nanoTime() - sent) / 1_000);
                }
            }
        }
        return 60_000_000L; // lost, or a minute late: counted as the histogram's ceiling
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
