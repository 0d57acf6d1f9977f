package io.quorum.marketdata.replay;

import io.quorum.marketdata.candles.Candles;
import io.quorum.marketdata.metrics.MarketDataMetrics;
import io.quorum.marketdata.platform.Outbox;
import io.quorum.marketdata.platform.OutboxRelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the replay of recorded candles. */
@Configuration(proxyBeanMethods = false)
public class ReplayConfiguration {

    @Bean
    ReplayCursors replayCursors(JdbcClient jdbc) {
        return new ReplayCursors(jdbc);
    }

    @Bean
    TickPublisher tickPublisher(KafkaTemplate<String, Object> kafka, PipelineBarrier barrier, MarketDataMetrics metrics) {
        return new TickPublisher(kafka, barrier, metrics);
    }

    @Bean
    PipelineBarrier pipelineBarrier(LockstepSettings lockstep, KafkaAdmin kafkaAdmin) {
        if (!lockstep.enabled()) {
            return PipelineBarrier.none();
        }
        Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        return new ConsumerLagBarrier(admin, lockstep.groups(), lockstep.pollInterval());
    }

    @Bean
    CandleRecorder candleRecorder(Candles candles, ReplayCursors cursors, Outbox outbox, MarketDataMetrics metrics) {
        return new CandleRecorder(candles, cursors, outbox, metrics);
    }

    /**
     * In lockstep a step also waits once its candles are recorded: the replay thread's commit only wakes the relay,
     * so the candles are published here first, then the consumers deciding on them (signal-service, and the order
     * flow its intents start) are waited for — else the next ticks could overtake a decision taken on the close.
     */
    @Bean
    Replay replay(ReplaySettings settings, ReplayCursors cursors, TickPublisher ticks, CandleRecorder recorder,
                  LockstepSettings lockstep, PipelineBarrier barrier, OutboxRelay relay) {
        PipelineBarrier afterStep = !lockstep.enabled() ? PipelineBarrier.none() : () -> {
            relay.flush();
            barrier.awaitSettled();
        };
        return new Replay(settings, cursors, ticks, recorder, afterStep);
    }

    /** Only when the market comes from a recording ({@code quorum.market.source=replay}, the default). */
    @Bean
    @ConditionalOnProperty(name = "quorum.market.source", havingValue = "replay", matchIfMissing = true)
    ReplayRunner replayRunner(Replay replay, ReplaySettings settings) {
        return new ReplayRunner(replay, settings);
    }
}
