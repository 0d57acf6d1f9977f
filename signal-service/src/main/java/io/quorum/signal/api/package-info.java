/** REST views of the signal service: {@code GET /api/signals?botId=} for the bot's owner, and {@code /api/signals/status}. */
package io.quorum.signal.api;
