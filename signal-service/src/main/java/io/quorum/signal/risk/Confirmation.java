package io.quorum.signal.risk;

/** The outcome of the confirm step: a plan within every limit, or a refusal. */
public sealed interface Confirmation permits ConfirmedPlan, Refusal {
}
