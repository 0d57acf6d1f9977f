/** The grid bot REST API: levels with their states, stats, and slot history, for the bot's owner only. */
package io.quorum.grid.api;
