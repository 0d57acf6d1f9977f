package io.quorum.registry.bots;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.platform.Outbox;
import io.quorum.registry.platform.ProcessedEvents;
import java.time.Clock;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every lifecycle change of a bot: the new status and the event announcing it commit together. The
 * bot's row is locked first, so two concurrent changes of one bot are decided one after the other and
 * the loser is refused by the bot itself.
 */
public class BotLifecycle {

    static final String STOPPED_BY_USER = "stopped by its owner";

    private final Bots bots;
    private final Outbox outbox;
    private final ProcessedEvents processedEvents;
    private final Clock clock;

    public BotLifecycle(Bots bots, Outbox outbox, ProcessedEvents processedEvents, Clock clock) {
        this.bots = bots;
        this.outbox = outbox;
        this.processedEvents = processedEvents;
        this.clock = clock;
    }

    /** The budget is reserved: the bot runs. A user's action, so the event starts a new correlation at the current time. */
    @Transactional
    public Bot markRunning(BotId id, UserId owner) {
        Bot.Transition<?> started = bots.lockOwned(id, owner).orElseThrow(() -> new BotNotFound(id))
                .start(clock.instant());
        return commit(started, Envelope.originating(started.event(), started.bot().updatedAt()));
    }

    @Transactional
    public Bot requestStop(BotId id, UserId owner) {
        Bot.Transition<?> stopping = bots.lockOwned(id, owner).orElseThrow(() -> new BotNotFound(id))
                .requestStop(STOPPED_BY_USER, clock.instant());
        return commit(stopping, Envelope.originating(stopping.event(), stopping.bot().updatedAt()));
    }

    /**
     * The bot's own rule asked it to stop (a grid's stop-loss or take-profit): the same stop a user asks
     * for, with the trigger's reason, which the bot keeps through STOPPED. Anything but a RUNNING bot
     * ignores it.
     */
    @Transactional
    public void stopTriggered(Envelope<BotStopTriggered> triggered) {
        if (!processedEvents.firstDelivery(triggered.eventId())) {
            return;
        }
        BotStopTriggered event = triggered.payload();
        bots.lockOwned(event.botId(), event.userId())
                .flatMap(bot -> bot.stopTriggered(event.reason(), clock.instant()))
                .ifPresent(stopping -> commit(stopping, triggered.cause(stopping.event(), triggered.occurredAt())));
    }

    /** The allocation released the bot's budget, the last step of stopping: the bot is STOPPED. */
    @Transactional
    public void budgetReleased(Envelope<BotBudgetReleased> released) {
        if (!processedEvents.firstDelivery(released.eventId())) {
            return;
        }
        BotBudgetReleased event = released.payload();
        bots.lockOwned(event.botId(), event.userId())
                .flatMap(bot -> bot.budgetReleased(clock.instant()))
                .ifPresent(stopped -> commit(stopped, released.cause(stopped.event(), released.occurredAt())));
    }

    private Bot commit(Bot.Transition<?> transition, Envelope<?> announcement) {
        bots.update(transition.bot());
        outbox.add(announcement);
        return transition.bot();
    }
}
