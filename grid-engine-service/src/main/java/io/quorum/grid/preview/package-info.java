/**
 * Checking and previewing a grid without running it: the registry's check before it stores a grid config,
 * and the user's preview of levels, quantities and profit per grid. Nothing here is stored or placed.
 */
package io.quorum.grid.preview;
