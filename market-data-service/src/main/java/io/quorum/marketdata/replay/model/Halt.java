package io.quorum.marketdata.replay.model;

import java.time.Duration;

/** Lets the owner of a running replay stop it between steps, also while it waits out the replay speed. */
public interface Halt {

    boolean requested();

    /** Waits up to {@code duration}; returns early, with {@code true}, when a halt is requested meanwhile. */
    boolean awaitRequest(Duration duration);

    /** For synchronous runs that go to the end of their window. */
    static Halt never() {
        return new Halt() {
            @Override
            public boolean requested() {
                return false;
            }

            @Override
            public boolean awaitRequest(Duration duration) {
                try {
                    Thread.sleep(duration);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                return false;
            }
        };
    }
}
