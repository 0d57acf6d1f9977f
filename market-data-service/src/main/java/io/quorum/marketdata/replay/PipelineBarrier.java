package io.quorum.marketdata.replay;

/**
 * Holds the replay after each tick until the trading pipeline has finished everything that tick
 * caused. Off by default (live-like pacing); on, it makes a replay deterministic: every service
 * sees the consequences of tick n — intents, decisions, fills — before tick n + 1, however fast
 * or slow each one is, and however often one of them crashes and comes back.
 */
public interface PipelineBarrier {

    void awaitSettled();

    static PipelineBarrier none() {
        return () -> {
        };
    }
}
