/**
 * Grid planning: where a grid's levels lie (arithmetic or geometric, on the instrument's tick), how
 * much each slot trades, and the policies that decide whether a grid can run at all. Plain Java.
 */
package io.quorum.grid.levels;
