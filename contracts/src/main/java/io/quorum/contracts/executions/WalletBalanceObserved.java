package io.quorum.contracts.executions;

import static java.util.Objects.requireNonNull;

import io.quorum.contracts.event.UserScoped;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;

/**
 * The user's venue account as execution-service read it (Bybit's wallet balance, unified account, USDT):
 * {@code equity} is the account's total equity, {@code available} what it can still put up as margin. The
 * allocation takes the user's equity from here when the platform trades live; on paper it is never
 * published. The envelope's event time is when the balance was read.
 */
public record WalletBalanceObserved(UserId userId, String venue, Money equity, Money available) implements UserScoped {

    public WalletBalanceObserved {
        requireNonNull(userId, "userId");
        requireNonNull(venue, "venue");
        requireNonNull(equity, "equity");
        requireNonNull(available, "available");
        if (venue.isBlank()) {
            throw new IllegalArgumentException("venue must name the venue, was blank");
        }
        if (equity.isNegative() || available.isNegative()) {
            throw new IllegalArgumentException("a wallet's equity and available balance are not negative");
        }
    }
}
