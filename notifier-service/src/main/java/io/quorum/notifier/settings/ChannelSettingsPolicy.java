package io.quorum.notifier.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * What a user may save as channel settings. An enabled channel must be usable; a disabled one may
 * be incomplete, but whatever it holds must still be well-formed.
 */
public final class ChannelSettingsPolicy {

    // the token goes into the request path, so nothing that could change the path or the host
    private static final Pattern BOT_TOKEN = Pattern.compile("[A-Za-z0-9:_-]{1,256}");
    // Telegram's chat_id: a numeric id (negative for groups) or a public channel's @name
    private static final Pattern CHAT_ID = Pattern.compile("-?[0-9]{1,20}|@[A-Za-z0-9_]{4,64}");
    private static final int MAX_URL_LENGTH = 2048;

    public Verdict check(SettingsDraft draft) {
        if (draft == null) {
            return Verdict.reject("body", "channel settings are required");
        }
        Verdict slack = draft.slack() == null ? Verdict.ALLOWED : checkSlack(draft.slack());
        if (!slack.allowed()) {
            return slack;
        }
        return draft.telegram() == null ? Verdict.ALLOWED : checkTelegram(draft.telegram());
    }

    Verdict checkSlack(SettingsDraft.Slack slack) {
        if (slack.enabled() == null) {
            return Verdict.reject("slack.enabled", "must be true or false");
        }
        if (ChannelSettings.isBlank(slack.webhookUrl())) {
            return slack.enabled() ? Verdict.reject("slack.webhookUrl", "is required when Slack is enabled") : Verdict.ALLOWED;
        }
        return checkWebhookUrl(slack.webhookUrl().trim());
    }

    private static Verdict checkWebhookUrl(String text) {
        if (text.length() > MAX_URL_LENGTH) {
            return Verdict.reject("slack.webhookUrl", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(text);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getUserInfo() != null) {
                return Verdict.reject("slack.webhookUrl", "must be an http or https URL, e.g. https://hooks.slack.com/services/...");
            }
            return Verdict.ALLOWED;
        } catch (URISyntaxException e) {
            return Verdict.reject("slack.webhookUrl", "is not a valid URL: " + e.getReason());
        }
    }

    Verdict checkTelegram(SettingsDraft.Telegram telegram) {
        if (telegram.enabled() == null) {
            return Verdict.reject("telegram.enabled", "must be true or false");
        }
        boolean enabled = telegram.enabled();
        if (ChannelSettings.isBlank(telegram.botToken())) {
            if (enabled) {
                return Verdict.reject("telegram.botToken", "is required when Telegram is enabled");
            }
        } else if (!BOT_TOKEN.matcher(telegram.botToken().trim()).matches()) {
            return Verdict.reject("telegram.botToken", "must be a Telegram bot token (letters, digits, ':', '_' and '-')");
        }
        if (ChannelSettings.isBlank(telegram.chatId())) {
            return enabled ? Verdict.reject("telegram.chatId", "is required when Telegram is enabled") : Verdict.ALLOWED;
        }
        if (!CHAT_ID.matcher(telegram.chatId().trim()).matches()) {
            return Verdict.reject("telegram.chatId", "must be a numeric chat id or an @channel name");
        }
        return Verdict.ALLOWED;
    }
}
