package io.quorum.execution.venue.bybit;

import io.quorum.contracts.money.Money;

/** The unified account's totals in USD value: equity (wallet + unrealized PnL) and what is free for new margin. */
public record WalletBalance(Money totalEquity, Money walletBalance, Money availableBalance) {
}
