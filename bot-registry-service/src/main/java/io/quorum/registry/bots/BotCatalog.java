package io.quorum.registry.bots;

import io.quorum.contracts.bots.BotCreated;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.audit.AuditAction;
import io.quorum.registry.audit.AuditEntry;
import io.quorum.registry.audit.AuditTrail;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotLimitPolicy;
import io.quorum.registry.bots.domain.BotSettings;
import io.quorum.registry.bots.domain.BotTransitionRefused;
import io.quorum.registry.bots.domain.Verdict;
import io.quorum.registry.platform.InvalidRequestException;
import io.quorum.registry.platform.Outbox;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, changing and deleting bots and reading a user's own bots. Every change writes its audit entry in its own
 * transaction, and takes the bot's row lock first, so it is decided against the bot as it is.
 */
public class BotCatalog {

    private final Bots bots;
    private final BotLimitPolicy limit;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;
    private final Duration startTimeout;

    /** @param startTimeout how long a start may hold a bot before a change or another start may take it over */
    public BotCatalog(Bots bots, BotLimitPolicy limit, AuditTrail audit, Outbox outbox, Clock clock,
                      Duration startTimeout) {
        this.bots = bots;
        this.limit = limit;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.startTimeout = startTimeout;
    }

    /**
     * A created bot holds no budget; {@link BotCreated}, committed with its row through the outbox, tells the other
     * services whose it is (they answer a stranger who names it with 404). Its settings were checked before (see
     * {@link BotCreation}); the limit is checked here, under the owner's lock.
     */
    @Transactional
    public Bot add(UserId owner, BotSettings settings) {
        bots.lockOwner(owner);
        if (limit.check(bots.countOwnedBy(owner)) instanceof Verdict.Rejected rejected) {
            throw new InvalidRequestException(rejected.field(), rejected.reason());
        }
        Bot bot = Bot.create(BotId.random(), owner, settings, clock.instant());
        bots.add(bot);
        audit.record(AuditEntry.of(bot.id(), owner, owner.toString(), AuditAction.CREATED, null,
                settings.kind() + " " + settings.symbol() + " \"" + settings.name() + "\"", bot.createdAt()));
        outbox.add(Envelope.originating(new BotCreated(bot.id(), owner, settings.name(), settings.kind(), settings.symbol()),
                bot.createdAt()));
        return bot;
    }

    @Transactional(readOnly = true)
    public List<Bot> list(UserId owner) {
        return bots.ownedBy(owner);
    }

    @Transactional(readOnly = true)
    public Page<Bot> list(UserId owner, PageRequest page) {
        return bots.ownedBy(owner, page);
    }

    @Transactional(readOnly = true)
    public Bot get(BotId id, UserId owner) {
        return bots.findOwned(id, owner).orElseThrow(() -> new BotNotFound(id));
    }

    /** New settings for a bot that is not running; the row is locked, so a concurrent start sees either the old or the new. */
    @Transactional
    public Bot reconfigure(BotId id, UserId owner, BotSettings settings) {
        Bot current = lockQuiet(id, owner);
        Bot changed = current.reconfigure(settings, clock.instant());
        bots.updateGrid(changed);
        recordChange(current, changed);
        return changed;
    }

    /**
     * A user's edit of the name, budget or leverage. {@code checkedAgainst} are the settings the edit was validated
     * with: a budget or leverage change is stored only if the bot still has them (else 409, try again), since the
     * rules that passed (the investment within the budget, the grid engine's check) held for those.
     */
    @Transactional
    public Bot edit(BotId id, UserId owner, BotSettings checkedAgainst, BotEdit edit) {
        Bot current = edit.touchesTrading() ? lockQuiet(id, owner) : lock(id, owner);
        if (edit.touchesTrading() && !current.settings().equals(checkedAgainst)) {
            throw new BotTransitionRefused("bot " + id + " was changed meanwhile; read it and try again");
        }
        Bot changed = current.edit(edit.applyTo(current.settings()), clock.instant());
        bots.updateSettings(changed);
        recordChange(current, changed);
        return changed;
    }

    /** A bot that trades nothing leaves its owner's lists, reads and limit; its row and its history stay. */
    @Transactional
    public void delete(BotId id, UserId owner) {
        Bot bot = lockQuiet(id, owner);
        bot.ensureDeletable();
        Instant now = clock.instant();
        bots.markDeleted(id, now);
        audit.record(AuditEntry.byOwner(id, owner, AuditAction.DELETED, now));
    }

    private void recordChange(Bot before, Bot after) {
        var changes = SettingsChanges.between(before.settings(), after.settings());
        if (!changes.isEmpty()) {
            audit.record(AuditEntry.of(after.id(), after.owner(), after.owner().toString(), AuditAction.CHANGED,
                    changes, null, after.updatedAt()));
        }
    }

    /** The bot, locked, with no start of it under way: a start reserves the budget it read, which must not change meanwhile. */
    private Bot lockQuiet(BotId id, UserId owner) {
        Bot bot = lock(id, owner);
        if (bots.startUnderWay(id, clock.instant().minus(startTimeout))) {
            throw new BotTransitionRefused("bot " + id + " is being started; try again once it runs");
        }
        return bot;
    }

    private Bot lock(BotId id, UserId owner) {
        return bots.lockOwned(id, owner).orElseThrow(() -> new BotNotFound(id));
    }
}
