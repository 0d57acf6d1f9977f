package io.quorum.notifier.settings;

import io.quorum.contracts.ids.BotId;
import io.quorum.notifier.notification.NotificationKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which notifications go to which channel: per kind for all of the user's news, and per bot, where a bot's own
 * choice for a kind overrides the user's and a muted bot sends nothing to any channel. A kind nobody chose goes to
 * every enabled channel. Routing only narrows: a channel that is not enabled never receives anything, and the
 * history (and the browser) always gets every notification.
 */
public record Routing(Map<NotificationKind, Set<Channel>> events, Map<BotId, BotRouting> bots) {

    public static final Routing EVERYTHING_EVERYWHERE = new Routing(Map.of(), Map.of());

    public Routing {
        events = copyOf(Objects.requireNonNull(events, "events"));
        Map<BotId, BotRouting> copied = new LinkedHashMap<>();
        Objects.requireNonNull(bots, "bots").forEach((bot, routing) ->
                copied.put(Objects.requireNonNull(bot, "bot id"), Objects.requireNonNull(routing, "bot routing")));
        bots = Collections.unmodifiableMap(copied);
    }

    /** One bot's override: muted (nothing to any channel), or its own channels for some kinds. */
    public record BotRouting(boolean muted, Map<NotificationKind, Set<Channel>> events) {

        public BotRouting {
            events = copyOf(Objects.requireNonNull(events, "events"));
        }
    }

    /** The channels a notification of {@code kind} about {@code bot} (null: about the user) goes to, among the enabled. */
    public Set<Channel> channelsFor(NotificationKind kind, BotId bot, Set<Channel> enabled) {
        Set<Channel> chosen = EnumSet.allOf(Channel.class);
        BotRouting botRouting = bot == null ? null : bots.get(bot);
        if (botRouting != null && botRouting.muted()) {
            return Set.of();
        }
        if (botRouting != null && botRouting.events().containsKey(kind)) {
            chosen = EnumSet.noneOf(Channel.class);
            chosen.addAll(botRouting.events().get(kind));
        } else if (events.containsKey(kind)) {
            chosen = EnumSet.noneOf(Channel.class);
            chosen.addAll(events.get(kind));
        }
        chosen.retainAll(enabled);
        return Collections.unmodifiableSet(chosen);
    }

    private static Map<NotificationKind, Set<Channel>> copyOf(Map<NotificationKind, Set<Channel>> events) {
        Map<NotificationKind, Set<Channel>> copy = new EnumMap<>(NotificationKind.class);
        events.forEach((kind, channels) -> {
            Set<Channel> set = EnumSet.noneOf(Channel.class);
            set.addAll(Objects.requireNonNull(channels, "channels of " + kind));
            copy.put(Objects.requireNonNull(kind, "kind"), Collections.unmodifiableSet(set));
        });
        return Collections.unmodifiableMap(copy);
    }
}
