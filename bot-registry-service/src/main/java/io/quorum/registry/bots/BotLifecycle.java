package io.quorum.registry.bots;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.platform.Outbox;
import io.quorum.registry.platform.ProcessedEvents;
import io.quorum.registry.audit.AuditAction;
import io.quorum.registry.audit.AuditEntry;
import io.quorum.registry.audit.AuditTrail;
import io.quorum.registry.bots.domain.BotTransitionRefused;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration startTimeout;

    /** @param startTimeout how long a start may hold a bot before another start may take it over */
    public BotLifecycle(Bots bots, Outbox outbox, ProcessedEvents processedEvents, AuditTrail audit, Clock clock,
                        Duration startTimeout) {
        this.bots = bots;
        this.outbox = outbox;
        this.processedEvents = processedEvents;
        this.audit = audit;
        this.clock = clock;
        this.startTimeout = startTimeout;
    }

    /** A start under way since {@code since}, of the bot as it was then. */
    public record StartTicket(Bot bot, Instant since) {
    }

    /**
     * The first step of a start: the bot must be startable, and no other start of it under way. From now until
     * {@link #markRunning} or {@link #abandonStart}, its budget cannot change and it cannot be deleted, so the
     * budget reserved at the allocation is the one it runs on, and no reservation is left for a deleted bot.
     */
    @Transactional
    public StartTicket beginStart(BotId id, UserId owner) {
        Bot bot = bots.lockOwned(id, owner).orElseThrow(() -> new BotNotFound(id));
        bot.ensureStartable();
        Instant since = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!bots.beginStart(id, since, since.minus(startTimeout))) {
            throw new BotTransitionRefused("bot " + id + " is already being started");
        }
        return new StartTicket(bot, since);
    }

    /** The start failed before the bot ran (the allocation refused or did not answer): the bot is free again. */
    @Transactional
    public void abandonStart(StartTicket ticket) {
        bots.endStart(ticket.bot().id(), ticket.since());
    }

    /** The budget is reserved: the bot runs. A user's action, so the event starts a new correlation at the current time. */
    @Transactional
    public Bot markRunning(StartTicket ticket) {
        BotId id = ticket.bot().id();
        UserId owner = ticket.bot().owner();
        Bot bot = bots.lockOwned(id, owner).orElseThrow(() -> new BotNotFound(id));
        if (!bots.endStart(id, ticket.since())) {
            throw new BotTransitionRefused("bot " + id + " was taken over by another start");
        }
        Bot.Transition<?> started = bot.start(clock.instant());
        audit.record(AuditEntry.byOwner(id, owner, AuditAction.STARTED, started.bot().updatedAt()));
        return commit(started, Envelope.originating(started.event(), started.bot().updatedAt()));
    }

    @Transactional
    public Bot requestStop(BotId id, UserId owner) {
        Bot.Transition<?> stopping = bots.lockOwned(id, owner).orElseThrow(() -> new BotNotFound(id))
                .requestStop(STOPPED_BY_USER, clock.instant());
        audit.record(AuditEntry.of(id, owner, owner.toString(), AuditAction.STOP_REQUESTED, null, STOPPED_BY_USER,
                stopping.bot().updatedAt()));
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
                .ifPresent(stopping -> {
                    platformDid(stopping.bot(), AuditAction.STOP_REQUESTED);
                    commit(stopping, triggered.cause(stopping.event(), triggered.occurredAt()));
                });
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
                .ifPresent(stopped -> {
                    platformDid(stopped.bot(), AuditAction.STOPPED);
                    commit(stopped, released.cause(stopped.event(), released.occurredAt()));
                });
    }

    private void platformDid(Bot bot, AuditAction action) {
        audit.record(AuditEntry.of(bot.id(), bot.owner(), AuditEntry.PLATFORM, action, null, bot.statusReason(),
                bot.updatedAt()));
    }

    private Bot commit(Bot.Transition<?> transition, Envelope<?> announcement) {
        bots.update(transition.bot());
        outbox.add(announcement);
        return transition.bot();
    }
}
