package io.quorum.registry.bots;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotDraft;
import io.quorum.registry.bots.domain.BotLimitPolicy;
import io.quorum.registry.bots.domain.BotRules;
import io.quorum.registry.bots.domain.Verdict;
import io.quorum.registry.platform.InvalidRequestException;
import java.time.Clock;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** Creating bots and reading a user's own bots. */
public class BotCatalog {

    private final Bots bots;
    private final BotRules rules;
    private final BotLimitPolicy limit;
    private final Clock clock;

    public BotCatalog(Bots bots, BotRules rules, BotLimitPolicy limit, Clock clock) {
        this.bots = bots;
        this.rules = rules;
        this.limit = limit;
        this.clock = clock;
    }

    /** A created bot holds no budget and publishes nothing: it exists for others once it starts. */
    @Transactional
    public Bot create(UserId owner, BotDraft draft) {
        refuseUnless(rules.check(draft));
        bots.lockOwner(owner);
        refuseUnless(limit.check(bots.countOwnedBy(owner)));
        Bot bot = Bot.create(BotId.random(), owner, rules.settingsOf(draft), clock.instant());
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

    private static void refuseUnless(Verdict verdict) {
        if (verdict instanceof Verdict.Rejected rejected) {
            throw new InvalidRequestException(rejected.field(), rejected.reason());
        }
    }
}
