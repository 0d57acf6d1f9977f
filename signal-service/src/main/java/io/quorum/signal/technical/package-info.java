/**
 * Technical voters on ta4j: {@link io.quorum.signal.technical.Indicators} (RSI on 15m, fast and
 * slow EMA on 15m and 1h, as exact decimals), {@link io.quorum.signal.technical.EmaCrossVoter} and
 * {@link io.quorum.signal.technical.RsiBandVoter}. Deterministic: the same candles always give the
 * same votes. ta4j stays inside this package.
 */
package io.quorum.signal.technical;
