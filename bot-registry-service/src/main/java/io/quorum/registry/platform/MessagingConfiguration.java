package io.quorum.registry.platform;

import io.quorum.contracts.event.Topic;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.serde.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;

/** Topics, the outbox and dead-lettering: how this service speaks on Kafka. */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    /** Header on every dead-letter record: why it could not be processed. */
    public static final String DEAD_LETTER_REASON = "quorum_dlt_reason";

    /** Declares every topic of the published language (idempotent), so start-up order does not matter. */
    @Bean
    KafkaAdmin.NewTopics quorumTopics(@Value("${quorum.kafka.partitions:6}") int partitions,
                                      @Value("${quorum.kafka.replicas:1}") int replicas) {
        return new KafkaAdmin.NewTopics(Topics.all().stream()
                .flatMap(topic -> Stream.of(declare(topic, partitions, replicas), deadLetters(topic, partitions, replicas)))
                .toArray(NewTopic[]::new));
    }

    /**
     * A record that cannot be read, or whose handling keeps failing, goes to {@code <topic>.dlt} with
     * the exception in its headers, and the consumer moves on. Unreadable records are not retried.
     */
    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> template) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topic.deadLetterOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, failure) -> new RecordHeaders().add(
                DEAD_LETTER_REASON, reasonOf(failure).getBytes(StandardCharsets.UTF_8)));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(200L, 3L));
        handler.addNotRetryableExceptions(DeserializationException.class, MalformedEventException.class,
                IllegalArgumentException.class, NullPointerException.class);
        return handler;
    }

    /** The innermost message that says what was wrong with the record, for operators reading the dead letters. */
    static String reasonOf(Throwable failure) {
        Throwable reason = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            reason = t;
            if (t instanceof MalformedEventException) {
                break;
            }
        }
        return reason.getClass().getSimpleName() + ": " + reason.getMessage();
    }

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, Object> kafka,
                            @Value("${spring.application.name}") String serviceName,
                            @Value("${quorum.outbox.idle-poll:PT0.2S}") Duration idlePoll) {
        return new OutboxRelay(jdbc, transactions, kafka, serviceName, idlePoll);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, OutboxRelay relay) {
        return new Outbox(jdbc, relay);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcClient jdbc) {
        return new ProcessedEvents(jdbc);
    }

    /**
     * The topics are those of this service's listeners, read when pruning starts (after the listeners are known).
     * {@code quorum.processed-events.pruning-enabled=false} keeps every id, e.g. with a listener on a compacted topic.
     */
    @Bean
    @ConditionalOnProperty(name = "quorum.processed-events.pruning-enabled", havingValue = "true", matchIfMissing = true)
    ProcessedEventsPruning processedEventsPruning(JdbcClient jdbc, Clock clock,
                                                  @Value("${quorum.processed-events.retention:P45D}") Duration retention,
                                                  @Value("${quorum.processed-events.pruning-interval:PT1H}") Duration interval,
                                                  KafkaListenerEndpointRegistry listeners) {
        return new ProcessedEventsPruning(jdbc, clock, retention, interval, () -> listeners.getListenerContainers().stream()
                .flatMap(container -> {
                    String[] topics = container.getContainerProperties().getTopics();
                    // a listener on a pattern or on partitions: its topics are not known, so pruning refuses to start
                    return topics == null ? Stream.of("(a listener without named topics)") : Stream.of(topics);
                })
                .toList());
    }

    private static NewTopic declare(Topic topic, int partitions, int replicas) {
        TopicBuilder builder = TopicBuilder.name(topic.name()).partitions(partitions).replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(topic.retention().toMillis()));
        return topic.compacted() ? builder.compact().build() : builder.build();
    }

    private static NewTopic deadLetters(Topic topic, int partitions, int replicas) {
        return TopicBuilder.name(topic.deadLetterTopic()).partitions(partitions).replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(Duration.ofDays(30).toMillis())).build();
    }
}
