package io.quorum.signal.risk;

/** The outcome of risk sizing: an entry or an addition within the budget, or a refusal. */
public sealed interface Sizing permits SizedOrder, Addition, Refusal {
}
