package io.quorum.notifier.settings;

import io.quorum.contracts.ids.BotId;
import io.quorum.notifier.notification.NotificationKind;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Channel settings as a user sent them, not yet checked: every field may be missing or wrong.
 * A missing channel means "not configured"; missing {@code events} or {@code bots} mean "no routing of that kind":
 * every notification to every enabled channel.
 *
 * <p>{@code events}: notification kind → the channels it goes to ({@code []}: none, history only).
 * {@code bots}: bot id → {@code muted} and/or its own {@code events}, overriding the user's per kind.
 */
public record SettingsDraft(Slack slack, Telegram telegram, Map<String, List<String>> events, Map<String, Bot> bots) {

    public SettingsDraft(Slack slack, Telegram telegram) {
        this(slack, telegram, null, null);
    }

    public record Slack(String webhookUrl, Boolean enabled) {
    }

    public record Telegram(String botToken, String chatId, Boolean enabled) {

        /** The same draft with its token replaced, e.g. by the stored one when the user sent back the masked form. */
        public Telegram withBotToken(String token) {
            return new Telegram(token, chatId, enabled);
        }
    }

    /** One bot's override as sent. */
    public record Bot(Boolean muted, Map<String, List<String>> events) {
    }

    /**
     * A client that shows the settings and saves them unchanged sends the masked token back; that
     * means "keep the token you have", not "my token is ****1234".
     */
    public SettingsDraft keepingStoredTokenOf(ChannelSettings stored) {
        if (telegram == null || telegram.botToken() == null || stored.telegram() == null) {
            return this;
        }
        boolean sentMask = telegram.botToken().equals(stored.telegram().maskedToken());
        return sentMask ? new SettingsDraft(slack, telegram.withBotToken(stored.telegram().botToken()), events, bots) : this;
    }

    /** The bot ids the draft names; only meaningful once the policy allowed it. */
    public Set<BotId> botIds() {
        return bots == null ? Set.of() : bots.keySet().stream().map(id -> BotId.of(id))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The routing the draft asks for; only for a draft the {@link ChannelSettingsPolicy} allowed. */
    public Routing routing() {
        Map<BotId, Routing.BotRouting> perBot = new LinkedHashMap<>();
        if (bots != null) {
            bots.forEach((id, bot) -> perBot.put(BotId.of(id),
                    new Routing.BotRouting(Boolean.TRUE.equals(bot.muted()), eventsOf(bot.events()))));
        }
        return new Routing(eventsOf(events), perBot);
    }

    private static Map<NotificationKind, Set<Channel>> eventsOf(Map<String, List<String>> events) {
        Map<NotificationKind, Set<Channel>> parsed = new LinkedHashMap<>();
        if (events != null) {
            events.forEach((kind, channels) -> {
                Set<Channel> set = EnumSet.noneOf(Channel.class);
                channels.forEach(channel -> set.add(Channel.valueOf(channel)));
                parsed.put(NotificationKind.valueOf(kind), set);
            });
        }
        return parsed;
    }
}
