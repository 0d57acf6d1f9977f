package io.quorum.marketdata.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The pipeline has settled when every watched consumer group has committed, on every partition of
 * the topics it reads, the log's end offset. That is sound because each service publishes the
 * events a record causes (its outbox) before it commits that record's offset: a group at the end
 * of its topics has nothing left in flight. The group offsets are read before the end offsets, so
 * a record produced in between shows as lag and is waited for. A group whose service is down is
 * waited for until it is back.
 */
public class ConsumerLagBarrier implements PipelineBarrier, AutoCloseable {

    private final Admin admin;
    private final Map<String, List<String>> topicsByGroup;
    private final Duration pollInterval;
    private final Map<String, List<TopicPartition>> partitionsByTopic = new HashMap<>();

    public ConsumerLagBarrier(Admin admin, Map<String, List<String>> topicsByGroup, Duration pollInterval) {
        this.admin = admin;
        this.topicsByGroup = Map.copyOf(topicsByGroup);
        this.pollInterval = pollInterval;
    }

    @Override
    public void awaitSettled() {
        try {
            while (!settled()) {
                Thread.sleep(pollInterval.toMillis(), pollInterval.toNanosPart() % 1_000_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline to settle", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read consumer lag: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private boolean settled() throws ExecutionException, InterruptedException {
        // every group in one request: the barrier is read several times per replayed step
        Map<String, ListConsumerGroupOffsetsSpec> groups = new HashMap<>();
        topicsByGroup.keySet().forEach(group -> groups.put(group, new ListConsumerGroupOffsetsSpec()));
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = admin.listConsumerGroupOffsets(groups).all().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        topicsByGroup.values().stream().flatMap(List::stream).distinct()
                .forEach(topic -> partitionsOf(topic).forEach(p -> latest.put(p, OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        for (var group : topicsByGroup.entrySet()) {
            for (String topic : group.getValue()) {
                for (TopicPartition partition : partitionsOf(topic)) {
                    OffsetAndMetadata done = committed.get(group.getKey()).get(partition);
                    long end = ends.get(partition).offset();
                    if (end > 0 && (done == null || done.offset() < end)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    private List<TopicPartition> partitionsOf(String topic) {
        return partitionsByTopic.computeIfAbsent(topic, name -> {
            try {
                TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames().get().get(name);
                return description.partitions().stream().map(p -> new TopicPartition(name, p.partition())).toList();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not describe topic " + name, e.getCause());
            }
        });
    }
}
