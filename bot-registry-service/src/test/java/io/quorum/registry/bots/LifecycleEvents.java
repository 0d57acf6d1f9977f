package io.quorum.registry.bots;


import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.serde.EventJson;
import io.quorum.contracts.serde.MalformedEventException;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** One bot's records on the lifecycle topic, read by a probe; skips poison records other tests leave there. */
final class LifecycleEvents {

    private LifecycleEvents() {
    }

    static List<Envelope<?>> of(EventProbe probe, BotId bot) {
        return probe.records(Topics.BOT_LIFECYCLE_NAME).stream()
                .filter(record -> bot.toString().equals(record.key()))
                .<Envelope<?>>flatMap(record -> {
                    try {
                        return Stream.of(EventJson.read(record.value()));
                    } catch (MalformedEventException e) {
                        return Stream.empty();
                    }
                })
                .toList();
    }

    static <E extends Event> List<Envelope<?>> envelopes(EventProbe probe, BotId bot, Class<E> type) {
        return of(probe, bot).stream().filter(e -> type.isInstance(e.payload())).toList();
    }

    static <E extends Event> List<E> events(EventProbe probe, BotId bot, Class<E> type) {
        return of(probe, bot).stream().map(Envelope::payload).filter(type::isInstance).map(type::cast).toList();
    }

    /** The nth (from 1) event of the type for the bot, once it was published. */
    static <E extends Event> E await(EventProbe probe, BotId bot, Class<E> type, int nth) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> events(probe, bot, type), events -> events.size() >= nth).get(nth - 1);
    }

    static <E extends Event> E await(EventProbe probe, BotId bot, Class<E> type) {
        return await(probe, bot, type, 1);
    }
}
