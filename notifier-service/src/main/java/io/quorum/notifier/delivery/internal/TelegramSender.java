package io.quorum.notifier.delivery.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quorum.notifier.delivery.ChannelSender;
import io.quorum.notifier.delivery.SendOutcome;
import io.quorum.notifier.settings.Channel;
import io.quorum.notifier.settings.ChannelSettings;
import java.net.URI;
import org.springframework.web.client.RestClient;

/** Calls the Telegram Bot API's sendMessage with the user's bot token and chat. */
public class TelegramSender implements ChannelSender {

    record TelegramMessage(@JsonProperty("chat_id") String chatId, String text) {
    }

    private final RestClient http;
    private final String baseUrl;

    public TelegramSender(RestClient http, String baseUrl) {
        this.http = http;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public SendOutcome send(ChannelSettings settings, String text) {
        var telegram = settings.telegramChannel().orElseThrow(() -> new IllegalStateException("no Telegram settings"));
        // the settings policy only lets URL-safe tokens in, so the token cannot change the path or host
        URI uri = URI.create(baseUrl + "/bot" + telegram.botToken() + "/sendMessage");
        return JsonPost.post(http, uri, new TelegramMessage(telegram.chatId(), text));
    }
}
