package io.quorum.signal.risk;

/** A trade that cannot be made safe, with the reason the user reads. */
public record Refusal(String reason) implements Confirmation, Sizing {

    public Refusal {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
    }
}
