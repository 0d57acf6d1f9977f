/**
 * Risk: the hard limits no vote can pass. {@link io.quorum.signal.risk.TradeConfirmation} turns
 * what the agreeing voters proposed into a sane plan (leverage within every cap, TP and SL on the
 * right side, the stop close enough that the loss at leverage stays within the max-loss %), and
 * {@link io.quorum.signal.risk.RiskSizing} sizes it from the bot's budget. Plain Java, exact
 * decimals; anything that cannot be made safe is a {@link io.quorum.signal.risk.Refusal}.
 */
package io.quorum.signal.risk;
