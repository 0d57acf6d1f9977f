package io.quorum.notifier.delivery;

import io.quorum.notifier.settings.ChannelSettings;
import io.quorum.notifier.settings.Channel;

/** Sends a message through one chat service; never throws for the service's failures, it reports them. */
public interface ChannelSender {

    Channel channel();

    SendOutcome send(ChannelSettings settings, String text);
}
