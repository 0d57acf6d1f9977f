package io.quorum.marketdata.replay;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.replay.lockstep.*}: whether the replay waits, after each tick, for the trading
 * pipeline to settle (deterministic backtests and crash tests), and which consumer groups reading
 * which topics make up that pipeline.
 *
 * @param groups       consumer group → the topics it reads, e.g. {@code grid-engine: [quorum.market.ticks.v1, …]}
 * @param pollInterval how often the consumer lag is read while waiting
 */
@ConfigurationProperties("quorum.replay.lockstep")
public record LockstepSettings(@DefaultValue("false") boolean enabled, Map<String, List<String>> groups,
                               @DefaultValue("PT0.005S") Duration pollInterval) {

    public LockstepSettings {
        groups = groups == null ? Map.of() : Map.copyOf(groups);
        if (enabled && groups.isEmpty()) {
            throw new IllegalArgumentException("quorum.replay.lockstep.groups must name the consumer groups to wait for");
        }
    }
}
