package io.quorum.allocation.platform;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import java.math.BigDecimal;

/** Reads request values that arrive as text, answering 400 with the field's name when one is not what it must be. */
public final class RequestFields {

    /** Far above any paper or real balance; anything larger is a typo or an attack. */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    private static final int MAX_DECIMALS = 8;

    private RequestFields() {
    }

    public static Money positiveAmount(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, "is required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be a decimal number, was '" + text + "'");
        }
        if (value.signum() <= 0) {
            throw new InvalidRequestException(field, "must be positive, was " + value.toPlainString());
        }
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw new InvalidRequestException(field, "must not exceed " + MAX_AMOUNT.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
            throw new InvalidRequestException(field, "must have at most " + MAX_DECIMALS + " decimal places");
        }
        return Money.of(value);
    }

    public static UserId userId(String field, String text) {
        try {
            return UserId.of(required(field, text));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be a UUID, was '" + text + "'");
        }
    }

    public static BotId botId(String field, String text) {
        try {
            return BotId.of(required(field, text));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be a UUID, was '" + text + "'");
        }
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, "is required");
        }
        return text.trim();
    }
}
