package io.quorum.notifier.delivery;

/** What a chat service answered: it took the message, or why it did not. */
public sealed interface SendOutcome {

    static SendOutcome sent() {
        return new Sent();
    }

    static SendOutcome failed(String error) {
        return new Failed(error);
    }

    record Sent() implements SendOutcome {
    }

    record Failed(String error) implements SendOutcome {
    }
}
