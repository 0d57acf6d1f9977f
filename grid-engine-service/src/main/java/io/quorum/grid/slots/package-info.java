/**
 * The running grid: the {@link io.quorum.grid.slots.Grid} aggregate and its slots, each of which
 * guards its own buy → sell → re-arm cycle and returns the order intents it causes. Plain Java.
 */
package io.quorum.grid.slots;
