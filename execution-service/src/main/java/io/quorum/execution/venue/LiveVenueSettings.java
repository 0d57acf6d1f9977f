package io.quorum.execution.venue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live venue's account and polling ({@code quorum.bybit.*}, beside {@code BybitSettings}): {@code api-key} and
 * {@code api-secret} of the one account every user trades on until users' own keys are connected; {@code fill-poll},
 * how often each account's executions are read.
 */
@ConfigurationProperties("quorum.bybit")
public record LiveVenueSettings(String apiKey, String apiSecret, @DefaultValue("PT2S") Duration fillPoll) {

    public LiveVenueSettings {
        if (fillPoll.isNegative() || fillPoll.isZero()) {
            throw new IllegalArgumentException("quorum.bybit.fill-poll must be positive");
        }
    }

    @Override
    public String toString() {
        return "LiveVenueSettings[apiKey=" + apiKey + ", apiSecret=***, fillPoll=" + fillPoll + "]";
    }
}
