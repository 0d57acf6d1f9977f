/**
 * The in-memory tick index: per symbol, the live grids by the prices they wait for, so a tick touches
 * only the grids whose prices it crossed (O(log n + k)) instead of scanning every slot of the symbol.
 * Plain Java; the engine keeps it in step with the database after each commit and rebuilds it at start-up.
 */
package io.quorum.grid.index;
