/**
 * Users' Bybit API keys, encrypted at rest and opened only here, for the live venue ({@link
 * io.quorum.execution.keys.UserApiKeys}). Envelope encryption with AES-256-GCM: a random data key per user
 * seals the user's key sets and is itself stored wrapped by a master key from configuration; the rotation moves
 * data keys from retired master keys to the current one in the background.
 */
package io.quorum.execution.keys;
