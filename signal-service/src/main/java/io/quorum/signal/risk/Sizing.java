package io.quorum.signal.risk;

/** The outcome of risk sizing: an order within the budget, or a refusal. */
public sealed interface Sizing permits SizedOrder, Refusal {
}
