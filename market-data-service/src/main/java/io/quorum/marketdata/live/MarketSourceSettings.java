package io.quorum.marketdata.live;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code quorum.market.source}: where market data comes from — {@code replay} (recorded candles,
 * the default everywhere) or {@code bybit} (the live public stream); anything else fails start-up.
 */
@ConfigurationProperties("quorum.market")
@Validated
public record MarketSourceSettings(@DefaultValue("replay") @Pattern(regexp = "replay|bybit",
        message = "must be replay or bybit") String source) {
}
