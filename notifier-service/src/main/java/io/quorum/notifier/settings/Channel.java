package io.quorum.notifier.settings;

/** A chat service a user can be told through. */
public enum Channel {
    SLACK,
    TELEGRAM
}
