package io.quorum.launcher;

import java.io.IOException;
import java.util.Arrays;

/**
 * Runs one Quorum service in a JVM of its own, so a test can kill it with SIGKILL: the first argument
 * names the {@link QuorumService}, the rest are its {@code --key=value} properties.
 */
public final class ServiceProcessMain {

    private ServiceProcessMain() {
    }

    public static void main(String[] args) {
        // the test holds this process's stdin; when the test JVM ends, however it ends, the pipe closes and so do we
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing is ever written; only the end of the stream matters
                }
            } catch (IOException ignored) {
                // a broken pipe is an end too
            }
            Runtime.getRuntime().halt(3);
        });
        QuorumService.valueOf(args[0]).application().run(Arrays.copyOfRange(args, 1, args.length));
    }
}
