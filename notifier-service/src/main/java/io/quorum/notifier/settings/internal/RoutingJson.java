package io.quorum.notifier.settings.internal;

import io.quorum.contracts.ids.BotId;
import io.quorum.notifier.notification.NotificationKind;
import io.quorum.notifier.settings.Channel;
import io.quorum.notifier.settings.Routing;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/** A user's routing as stored (the {@code routing} jsonb column) and as the API shows it: plain names, sorted. */
final class RoutingJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Stored(Map<String, List<String>> events, Map<String, BotView> bots) {
    }

    record BotView(boolean muted, Map<String, List<String>> events) {
    }

    private RoutingJson() {
    }

    static Stored view(Routing routing) {
        Map<String, BotView> bots = new TreeMap<>();
        routing.bots().forEach((bot, botRouting) ->
                bots.put(bot.toString(), new BotView(botRouting.muted(), namesOf(botRouting.events()))));
        return new Stored(namesOf(routing.events()), bots);
    }

    static String write(Routing routing) {
        return JSON.writeValueAsString(view(routing));
    }

    static Routing read(String json) {
        if (json == null || json.isBlank()) {
            return Routing.EVERYTHING_EVERYWHERE;
        }
        Stored stored = JSON.readValue(json, Stored.class);
        Map<BotId, Routing.BotRouting> bots = new LinkedHashMap<>();
        if (stored.bots() != null) {
            stored.bots().forEach((bot, view) ->
                    bots.put(BotId.of(bot), new Routing.BotRouting(view.muted(), kindsOf(view.events()))));
        }
        return new Routing(kindsOf(stored.events()), bots);
    }

    private static Map<String, List<String>> namesOf(Map<NotificationKind, Set<Channel>> events) {
        Map<String, List<String>> names = new TreeMap<>();
        events.forEach((kind, channels) -> names.put(kind.name(), channels.stream().map(Channel::name).sorted().toList()));
        return names;
    }

    private static Map<NotificationKind, Set<Channel>> kindsOf(Map<String, List<String>> names) {
        Map<NotificationKind, Set<Channel>> kinds = new LinkedHashMap<>();
        if (names != null) {
            names.forEach((kind, channels) -> {
                Set<Channel> set = EnumSet.noneOf(Channel.class);
                channels.forEach(channel -> set.add(Channel.valueOf(channel)));
                kinds.put(NotificationKind.valueOf(kind), set);
            });
        }
        return kinds;
    }
}
