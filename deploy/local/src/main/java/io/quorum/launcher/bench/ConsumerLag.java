package io.quorum.launcher.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far the trading services' consumer groups are behind their topics. Every service publishes
 * what a record caused before committing the record's offset, so zero lag on every group means the
 * pipeline holds nothing in flight.
 */
final class ConsumerLag implements AutoCloseable {

    private static final List<String> GROUPS = List.of("execution", "grid-engine", "allocation", "bot-registry", "notifier");

    private final Admin admin;

    ConsumerLag(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin = Admin.create(props);
    }

    Admin admin() {
        return admin;
    }

    /** Records the groups have yet to process, summed over every partition they have committed on. */
    long total() throws Exception {
        long lag = 0;
        for (String group : GROUPS) {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get();
            for (var entry : committed.entrySet()) {
                if (entry.getValue() != null) {
                    lag += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                }
            }
        }
        return lag;
    }

    /** Waits until no group lags and the watched topics have been quiet for {@code quietMillis}. */
    void awaitDrained(PipelineWatch watch, long quietMillis) throws Exception {
        while (total() > 0 || watch.millisSinceLastRecord() < quietMillis) {
            Thread.sleep(250);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
