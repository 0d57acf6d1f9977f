package io.quorum.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Recorded candles beside the repository ({@code ../shared}), for tests that need more history than the shipped replay. */
final class ReplayedCandles {

    private ReplayedCandles() {
    }

    /**
     * The folder of the Bybit linear recordings holding BTCUSDT's 15m candles (April to July 2025); the test is
     * skipped when it is absent, as AI trend bots need 63 hours of candles before their technical voters vote.
     */
    static Path bybit15m() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("shared/data/market/bybit-linear");
            if (Files.isRegularFile(candidate.resolve("BTCUSDT_15m.csv"))) {
                return candidate;
            }
        }
        Assumptions.abort("../shared/data/market/bybit-linear/BTCUSDT_15m.csv is not beside the repository: "
                + "AI trend bots need 63 hours of candles before their technical voters vote");
        throw new IllegalStateException("unreachable");
    }
}
