/**
 * The grid engine's application layer: consumes lifecycle, ticks, decisions and executions, drives
 * the {@link io.quorum.grid.slots.Grid} aggregates and publishes their intents through the outbox.
 */
package io.quorum.grid.engine;
