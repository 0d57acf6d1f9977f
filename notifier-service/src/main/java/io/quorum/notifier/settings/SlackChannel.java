package io.quorum.notifier.settings;

import java.net.URI;
import java.util.Objects;

/** A Slack incoming webhook: messages are posted to its URL. */
public record SlackChannel(URI webhookUrl, boolean enabled) {

    public SlackChannel {
        Objects.requireNonNull(webhookUrl, "webhookUrl");
    }
}
