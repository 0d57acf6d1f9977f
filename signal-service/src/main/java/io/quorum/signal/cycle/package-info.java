/**
 * The decision cycle on the event backbone: candles, AI bots and positions in from Kafka, each bot's panel
 * seated and asked on the close of its decision interval (event time), and the decision with its ballots,
 * its {@code SignalDecided} and its order intent out through the outbox in one transaction. Spring and
 * JDBC live here and in {@code bots}, {@code api} and {@code platform}; the rules stay in the plain-Java
 * packages ({@code voting}, {@code risk}, {@code context}, {@code technical}, {@code llm}).
 */
package io.quorum.signal.cycle;
