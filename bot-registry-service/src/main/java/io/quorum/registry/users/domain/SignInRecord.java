package io.quorum.registry.users.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in attempts of one email since its last success: attempts counted as failures until they succeed,
 * how many lockouts they have earned, and until when the email is locked. Counting an attempt before its password
 * is compared means concurrent guesses cannot outrun the count: at most {@code threshold} guesses get through
 * before the first lockout, and one per window after it.
 */
public record SignInRecord(int failures, int lockouts, Instant lockedUntil, Instant lastAttemptAt) {

    /** The rules: failures before the first lockout, its window, the cap, and when an idle record is forgotten. */
    public record Policy(int threshold, Duration firstWindow, Duration maxWindow, Duration forgetAfter) {
        public Policy {
            if (threshold < 1 || firstWindow == null || maxWindow == null || forgetAfter == null
                    || firstWindow.isNegative() || firstWindow.isZero() || maxWindow.compareTo(firstWindow) < 0
                    || forgetAfter.compareTo(maxWindow) < 0) {
                throw new IllegalArgumentException("a sign-in lockout needs a threshold of at least 1 and "
                        + "0 < first window <= max window <= forget-after");
            }
        }

        /** The window of the n-th lockout (1-based): the first window doubled n-1 times, at most the max window. */
        public Duration window(int lockout) {
            Duration window = firstWindow;
            for (int i = 1; i < lockout && window.compareTo(maxWindow) < 0; i++) {
                window = window.multipliedBy(2);
            }
            return window.compareTo(maxWindow) > 0 ? maxWindow : window;
        }
    }

    /** What an attempt may do: go on to compare the password (the record to store), or wait until a moment. */
    public sealed interface Decision {
        record Allowed(SignInRecord next) implements Decision {
        }

        record Locked(Instant until) implements Decision {
        }
    }

    public static SignInRecord none() {
        return new SignInRecord(0, 0, null, null);
    }

    /**
     * An attempt at {@code now}: refused while locked; otherwise counted as a failure (a success deletes the record
     * afterwards), and if it reaches the threshold — the policy's before the first lockout, 1 after it — the email
     * is locked from now for the next, doubled window. A record idle for longer than forget-after starts over.
     */
    public Decision attempt(Instant now, Policy policy) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return new Decision.Locked(lockedUntil);
        }
        SignInRecord current = lastAttemptAt != null && !now.isBefore(lastAttemptAt.plus(policy.forgetAfter()))
                ? none() : this;
        int counted = current.failures + 1;
        int threshold = current.lockouts == 0 ? policy.threshold() : 1;
        if (counted >= threshold) {
            int lockout = current.lockouts + 1;
            return new Decision.Allowed(new SignInRecord(0, lockout, now.plus(policy.window(lockout)), now));
        }
        return new Decision.Allowed(new SignInRecord(counted, current.lockouts, current.lockedUntil, now));
    }
}
