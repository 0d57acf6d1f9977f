package io.quorum.allocation;

import io.quorum.contracts.money.Money;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.execution.twap.min-notional}: the one TWAP threshold of the platform, in USDT, read here under
 * execution-service's own name so that one setting decides both sides. Execution slices any order whose notional it
 * can price (limit × quantity, a paper market order at the last price) at or above it; the allocation, which alone
 * can price an opening market order on Bybit (from the order book), approves such an order at or above it marked to
 * be sliced by its size ({@code OrderApproved.twapBySize}). Execution's other {@code twap.*} settings are not read here.
 */
@ConfigurationProperties("quorum.execution.twap")
public record TwapThreshold(@DefaultValue("1000000") BigDecimal minNotional) {

    public TwapThreshold {
        if (minNotional == null || minNotional.signum() <= 0) {
            throw new IllegalArgumentException("quorum.execution.twap.min-notional must be positive");
        }
    }

    public Money money() {
        return Money.of(minNotional);
    }
}
