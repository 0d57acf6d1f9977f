/**
 * The stop-loss monitor's rule, plain Java: a position whose unrealised result at its leverage has reached the
 * bot's threshold (% of margin) gets a STOP_LOSS vote. {@code cycle.StopLossWatch} runs it on every closed candle.
 */
package io.quorum.signal.monitor;
