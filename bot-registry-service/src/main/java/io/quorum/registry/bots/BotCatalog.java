package io.quorum.registry.bots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotLimitPolicy;
import io.quorum.registry.bots.domain.BotSettings;
import io.quorum.registry.bots.domain.Verdict;
import io.quorum.registry.platform.InvalidRequestException;
import java.time.Clock;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** Creating bots and reading a user's own bots. */
public class BotCatalog {

    private final Bots bots;
    private final BotLimitPolicy limit;
    private final Clock clock;

    public BotCatalog(Bots bots, BotLimitPolicy limit, Clock clock) {
        this.bots = bots;
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * A created bot holds no budget and publishes nothing: it exists for others once it starts. Its
     * settings were checked before (see {@link BotCreation}); the limit is checked here, under the owner's lock.
     */
    @Transactional
    public Bot add(UserId owner, BotSettings settings) {
        bots.lockOwner(owner);
        if (limit.check(bots.countOwnedBy(owner)) instanceof Verdict.Rejected rejected) {
            throw new InvalidRequestException(rejected.field(), rejected.reason());
        }
        Bot bot = Bot.create(BotId.random(), owner, settings, clock.instant());
        bots.add(bot);
        return bot;
    }

    @Transactional(readOnly = true)
    public List<Bot> list(UserId owner) {
        return bots.ownedBy(owner);
    }

    @Transactional(readOnly = true)
    public Bot get(BotId id, UserId owner) {
        return bots.findOwned(id, owner).orElseThrow(() -> new BotNotFound(id));
    }

    /** New settings for a bot that is not running; the row is locked, so a concurrent start sees either the old or the new. */
    @Transactional
    public Bot reconfigure(BotId id, UserId owner, BotSettings settings) {
        Bot changed = bots.lockOwned(id, owner).orElseThrow(() -> new BotNotFound(id))
                .reconfigure(settings, clock.instant());
        bots.updateGrid(changed);
        return changed;
    }
}
