package io.quorum.execution.keys;

/** The Bybit environment a key set belongs to: a key made for one never works on another. */
public enum KeyVenue {
    DEMO, TESTNET, MAINNET
}
