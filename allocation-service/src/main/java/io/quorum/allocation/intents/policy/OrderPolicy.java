package io.quorum.allocation.intents.policy;

/** One rule an order intent must pass before any money is set aside for it. */
public interface OrderPolicy {

    Verdict check(IntentContext context);

    /** The name a rejection carries on the wire, so users and operators know which rule said no. */
    default String name() {
        return getClass().getSimpleName();
    }
}
