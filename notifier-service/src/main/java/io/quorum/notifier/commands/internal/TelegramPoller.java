package io.quorum.notifier.commands.internal;

import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.commands.TelegramCommands;
import io.quorum.notifier.settings.ChannelSettings;
import io.quorum.notifier.settings.ChannelSettingsStore;
import io.quorum.notifier.settings.TelegramChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the commands users write to their own Telegram bots. One notifier instance polls at a time: the one holding
 * the polling lock ({@link PollingLeadership}); the others try to take it every {@code refresh}, and one does within
 * a refresh of the holder stopping or dying. Every {@code refresh} the polling instance looks up who has Telegram
 * enabled, and keeps one virtual thread per such user long-polling {@code getUpdates} with the user's bot token;
 * a thread ends when the user's token or chat changes or Telegram is switched off (a new one starts with the new
 * settings). Only messages from the chat the user linked are answered; a message from any other chat is confirmed
 * and ignored without an answer, so a stranger who finds the bot learns nothing. The offset (the last update id
 * handled) is kept per user in {@code telegram_offsets}: after a restart, or when another instance takes over, no
 * command is answered twice, and a command that came while no instance polled is answered then. A poller claims
 * each update in {@code telegram_offsets} before answering it, with a write that succeeds only while its instance's
 * lock session still holds the lock: an instance whose session was lost answers nothing more, at once, and the one
 * that took over polls from after every claimed update. An answer that could not be sent gives its claim back and is
 * tried again.
 */
class TelegramPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramPoller.class);

    private final ChannelSettingsStore settings;
    private final TelegramBotApi telegram;
    private final TelegramCommands commands;
    private final TelegramOffsets offsets;
    private final Duration longPoll;
    private final Duration refresh;
    private final PollingLeadership leadership;
    private final Map<UserId, Running> running = new ConcurrentHashMap<>();
    private volatile boolean active;
    private volatile boolean leading;
    private Thread supervisor;

    /** One user's poller; {@code stop} ends it even when an interrupt was swallowed by an HTTP call. */
    private record Running(TelegramChannel channel, Thread thread, AtomicBoolean stop) {

        void end() {
            stop.set(true);
            thread.interrupt();
        }
    }

    TelegramPoller(ChannelSettingsStore settings, TelegramBotApi telegram, TelegramCommands commands,
                   TelegramOffsets offsets, Duration longPoll, Duration refresh, PollingLeadership leadership) {
        this.settings = settings;
        this.telegram = telegram;
        this.commands = commands;
        this.offsets = offsets;
        this.longPoll = longPoll;
        this.refresh = refresh;
        this.leadership = leadership;
    }

    private void supervise() {
        while (active) {
            leading = leadership.lead();
            if (!leading) {
                // another instance polls (or the database is away): none of this one's pollers may go on
                running.values().forEach(Running::end);
                running.clear();
            }
            try {
                List<ChannelSettings> linked = leading ? settings.withTelegramEnabled() : List.of();
                Set<UserId> wanted = linked.stream().map(ChannelSettings::userId).collect(Collectors.toSet());
                running.forEach((user, poller) -> {
                    if (!wanted.contains(user)) {
                        poller.end();
                    }
                });
                for (ChannelSettings user : linked) {
                    running.compute(user.userId(), (id, current) -> {
                        if (current != null && current.thread().isAlive() && current.channel().equals(user.telegram())) {
                            return current;
                        }
                        if (current != null) {
                            current.end();
                        }
                        TelegramChannel channel = user.telegram();
                        AtomicBoolean stop = new AtomicBoolean();
                        return new Running(channel, Thread.ofVirtual().name("telegram-commands-" + id)
                                .start(() -> poll(id, channel, stop)), stop);
                    });
                }
                running.entrySet().removeIf(e -> !e.getValue().thread().isAlive());
            } catch (RuntimeException e) {
                log.warn("Telegram command polling: cannot read the linked users: {}", e.getMessage());
            }
            try {
                Thread.sleep(refresh.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void poll(UserId user, TelegramChannel channel, AtomicBoolean stop) {
        String tokenHash = TelegramOffsets.hashOf(channel.botToken());
        Duration backoff = Duration.ofSeconds(1);
        while (active && !stop.get()) {
            try {
                Long last = offsets.lastHandled(user, tokenHash).orElse(null);
                long next = last == null ? 0L : last + 1;
                for (TelegramBotApi.Update update : telegram.getUpdates(channel.botToken(), next, longPoll)) {
                    // the user may have linked another chat or token, or switched Telegram off, while this poll was
                    // waiting: an update this poller no longer speaks for is left unconfirmed for the current one
                    if (stop.get() || !leading || !channel.equals(settings.of(user).telegram())) {
                        return;
                    }
                    // the lock may have gone since the supervisor last looked, and another instance may poll now:
                    // only a claim made while this instance's session holds the lock lets it answer
                    if (!offsets.claim(user, tokenHash, update.updateId(), leadership.holder())) {
                        return;
                    }
                    try {
                        handle(user, channel, update);
                    } catch (RuntimeException e) {
                        offsets.unclaim(user, tokenHash, update.updateId(), last);
                        throw e;
                    }
                    last = update.updateId();
                }
                backoff = Duration.ofSeconds(1);
            } catch (RuntimeException e) {
                // a revoked token, Telegram down, the database away: wait and try again, longer each time
                log.debug("Telegram commands of user {}: {}", user, e.getMessage());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1)
                        : backoff.multipliedBy(2);
            }
        }
    }

    private void handle(UserId user, TelegramChannel channel, TelegramBotApi.Update update) {
        if (update.text() == null || !Objects.equals(update.chatId(), channel.chatId())) {
            return;
        }
        telegram.sendMessage(channel.botToken(), channel.chatId(), commands.answer(user, update.text()));
    }

    /** Whether this instance holds the polling lock (only one instance polls Telegram at a time). */
    boolean leading() {
        return leading;
    }

    /** How many users' bots are polled now (for tests and operators). */
    int polling() {
        return (int) running.values().stream().filter(r -> r.thread().isAlive()).count();
    }

    @Override
    public void start() {
        active = true;
        supervisor = Thread.ofPlatform().name("telegram-commands").daemon().start(this::supervise);
    }

    @Override
    public void stop() {
        active = false;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        running.values().forEach(Running::end);
        running.clear();
        if (supervisor != null) {
            try {
                // the supervisor owns the lock's connection: let it finish its pass before the lock is given up
                supervisor.join(refresh.plusSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        leading = false;
        leadership.close();
    }

    @Override
    public boolean isRunning() {
        return active;
    }
}
