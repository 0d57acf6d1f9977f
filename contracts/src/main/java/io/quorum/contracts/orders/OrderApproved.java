package io.quorum.contracts.orders;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Percent;
import java.math.BigDecimal;

/**
 * The allocation approved an intent and set {@code reserved} aside from the bot's budget for it. {@code order}
 * is what may be placed: the intent's order, or the same order with a smaller quantity when the order book was
 * too thin for all of it.
 *
 * <p>How the allocation sized it, optional (absent on the wire, as in approvals written before sizing existed,
 * means not recorded): {@code expectedSlippagePercent} the volume-weighted price the order is expected to get
 * against the best opposite price, in percent (absent when {@code slippageBasis} says no book was used);
 * {@code estimatedFee} the taker fee the reservation holds for it; {@code scale} the approved quantity over the
 * intent's (1 when not scaled, never above 1; a decimal string on the wire); {@code slippageBasis} what the estimate rests on.
 *
 * <p>{@code twapBySize}, optional and absent from the JSON unless true (approvals written before it existed mean
 * false): the allocation priced this opening market order from the order book at a notional of at least the TWAP
 * threshold ({@code quorum.execution.twap.min-notional}), so the venue executes it as a TWAP of its configured shape
 * as it does any order of that size — the venue cannot price a market order itself on Bybit. An order its strategy
 * marked carries its own shape in {@code order.twap} instead.
 */
public record OrderApproved(IntentId intentId, UserId userId, BotId botId, ClientOrderId clientOrderId, OrderSpec order,
                            Money reserved, Percent expectedSlippagePercent, Money estimatedFee,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal scale,
                            SlippageBasis slippageBasis,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean twapBySize) implements UserScoped {

    public OrderApproved {
        requireNonNull(intentId, "intentId");
        requireNonNull(userId, "userId");
        requireNonNull(botId, "botId");
        requireNonNull(clientOrderId, "clientOrderId");
        requireNonNull(order, "order");
        requireNonNull(reserved, "reserved");
        if (reserved.isNegative()) {
            throw new IllegalArgumentException("reserved must not be negative");
        }
        if (expectedSlippagePercent != null && expectedSlippagePercent.isNegative()) {
            throw new IllegalArgumentException("expected slippage is a cost, never negative");
        }
        if (estimatedFee != null && estimatedFee.isNegative()) {
            throw new IllegalArgumentException("estimatedFee must not be negative");
        }
        if (scale != null && (scale.signum() <= 0 || scale.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("scale must lie in (0, 1], was " + scale.toPlainString());
        }
        if (scale != null) {
            BigDecimal stripped = scale.stripTrailingZeros();
            scale = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
        twapBySize = Boolean.TRUE.equals(twapBySize) ? Boolean.TRUE : null; // false is written as absent
    }

    /** An approval with its sizing record, not marked a TWAP by size. */
    public OrderApproved(IntentId intentId, UserId userId, BotId botId, ClientOrderId clientOrderId, OrderSpec order,
                         Money reserved, Percent expectedSlippagePercent, Money estimatedFee, BigDecimal scale,
                         SlippageBasis slippageBasis) {
        this(intentId, userId, botId, clientOrderId, order, reserved, expectedSlippagePercent, estimatedFee, scale,
                slippageBasis, null);
    }

    /** Whether the venue executes the order as a TWAP of its configured shape because of its size (see above). */
    public boolean slicedBySize() {
        return Boolean.TRUE.equals(twapBySize);
    }

    /** An approval without a sizing record. */
    public OrderApproved(IntentId intentId, UserId userId, BotId botId, ClientOrderId clientOrderId, OrderSpec order,
                         Money reserved) {
        this(intentId, userId, botId, clientOrderId, order, reserved, null, null, null, null, null);
    }
}
