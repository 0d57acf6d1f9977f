/**
 * What every voter sees at one decision: the {@link io.quorum.signal.context.MarketContext}
 * (closed 15m/1h/4h candles up to the decision's event time and the bot's open position), and the
 * {@link io.quorum.signal.context.Voter} interface that technical and LLM voters both implement.
 * Plain Java; later slices build contexts from {@code CandleClosed} events.
 */
package io.quorum.signal.context;
