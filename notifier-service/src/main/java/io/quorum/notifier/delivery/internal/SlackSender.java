package io.quorum.notifier.delivery.internal;

import io.quorum.notifier.delivery.ChannelSender;
import io.quorum.notifier.delivery.SendOutcome;
import io.quorum.notifier.settings.Channel;
import io.quorum.notifier.settings.ChannelSettings;
import org.springframework.web.client.RestClient;

/** Posts {@code {"text":…}} to the user's Slack incoming webhook. */
public class SlackSender implements ChannelSender {

    record SlackMessage(String text) {
    }

    private final RestClient http;

    public SlackSender(RestClient http) {
        this.http = http;
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public SendOutcome send(ChannelSettings settings, String text) {
        var slack = settings.slackChannel().orElseThrow(() -> new IllegalStateException("no Slack settings"));
        return JsonPost.post(http, slack.webhookUrl(), new SlackMessage(text));
    }
}
