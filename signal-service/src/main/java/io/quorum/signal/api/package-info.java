/**
 * REST views of the signal service for a bot's owner, paged ({@code ?botId=&limit=&cursor=}): {@code GET /api/signals},
 * {@code /api/journal} and {@code /api/journal/lessons}; and {@code /api/signals/status}.
 */
package io.quorum.signal.api;
