package io.quorum.registry.users;

import io.quorum.registry.platform.PeriodicPass;
import java.time.Duration;

/**
 * Every {@code interval} while the registry runs, deletes the attempt rows no limit looks at any more: sign-in records
 * idle for longer than the lockout's forget-after, and sign-up rows of addresses whose bucket is full again. What is
 * old follows from the limits' own settings and the registry's clock. Every instance runs it; the deletes skip rows
 * another holds, so instances never wait for one another; each batch is its own statement, so what a failed pass
 * left is deleted by the next.
 */
public class AttemptsPruning extends PeriodicPass {

    /** How many rows one pass deleted. */
    public record Pruned(int signIns, int signUps) {
    }

    private final SignInLockout signIns;
    private final SignUpLimit signUps;

    public AttemptsPruning(SignInLockout signIns, SignUpLimit signUps, Duration interval) {
        super("attempts-pruning", interval);
        this.signIns = signIns;
        this.signUps = signUps;
    }

    /** One pass, now. */
    public Pruned prune() {
        return new Pruned(signIns.prune(), signUps.prune());
    }

    @Override
    protected String runPass() {
        Pruned pruned = prune();
        return "pruned " + pruned.signIns() + " sign-in and " + pruned.signUps() + " sign-up attempt rows";
    }
}
