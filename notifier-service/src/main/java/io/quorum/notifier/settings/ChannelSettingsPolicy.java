package io.quorum.notifier.settings;

import java.net.URI;
import java.net.URISyntaxException;
import io.quorum.notifier.notification.NotificationKind;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern BOT_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int MAX_BOTS = 1000;
    private static final List<NotificationKind> KINDS = List.of(NotificationKind.values());

    public Verdict check(SettingsDraft draft) {
        if (draft == null) {
            return Verdict.reject("body", "channel settings are required");
        }
        Verdict slack = draft.slack() == null ? Verdict.ALLOWED : checkSlack(draft.slack());
        if (!slack.allowed()) {
            return slack;
        }
        Verdict telegram = draft.telegram() == null ? Verdict.ALLOWED : checkTelegram(draft.telegram());
        if (!telegram.allowed()) {
            return telegram;
        }
        Verdict events = checkEvents("events", draft.events());
        return events.allowed() ? checkBots(draft.bots()) : events;
    }

    Verdict checkEvents(String field, Map<String, List<String>> events) {
        if (events == null) {
            return Verdict.ALLOWED;
        }
        for (Map.Entry<String, List<String>> entry : events.entrySet()) {
            String kindField = field + "." + entry.getKey();
            if (KINDS.stream().noneMatch(kind -> kind.name().equals(entry.getKey()))) {
                return Verdict.reject(kindField, "is not a notification kind; one of " + KINDS);
            }
            if (entry.getValue() == null) {
                return Verdict.reject(kindField, "must be a list of channels (SLACK, TELEGRAM), [] for none");
            }
            for (int i = 0; i < entry.getValue().size(); i++) {
                String channel = entry.getValue().get(i);
                if (channel == null || Arrays.stream(Channel.values()).noneMatch(c -> c.name().equals(channel))) {
                    return Verdict.reject(kindField + "[" + i + "]", "must be SLACK or TELEGRAM");
                }
            }
        }
        return Verdict.ALLOWED;
    }

    Verdict checkBots(Map<String, SettingsDraft.Bot> bots) {
        if (bots == null) {
            return Verdict.ALLOWED;
        }
        if (bots.size() > MAX_BOTS) {
            return Verdict.reject("bots", "must name at most " + MAX_BOTS + " bots");
        }
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, SettingsDraft.Bot> entry : bots.entrySet()) {
            String botField = "bots." + entry.getKey();
            if (!BOT_ID.matcher(entry.getKey()).matches()) {
                return Verdict.reject(botField, "must be a bot id (UUID)");
            }
            if (!seen.add(entry.getKey().toLowerCase(Locale.ROOT))) {
                return Verdict.reject(botField, "names a bot already in the settings");
            }
            if (entry.getValue() == null) {
                return Verdict.reject(botField, "must be an object: {\"muted\":…, \"events\":{…}}");
            }
            Verdict events = checkEvents(botField + ".events", entry.getValue().events());
            if (!events.allowed()) {
                return events;
            }
        }
        return Verdict.ALLOWED;
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
