package io.quorum.registry.bots;

import io.quorum.contracts.bots.BotKind;
import io.quorum.registry.bots.domain.BotDraft;
import io.quorum.registry.bots.domain.BotRules;
import io.quorum.registry.bots.domain.BotSettings;
import io.quorum.registry.bots.domain.GridChecks;
import io.quorum.registry.bots.domain.Verdict;
import io.quorum.registry.platform.InvalidRequestException;

/**
 * Every rule a bot's settings must pass, on creation and on a grid change: the registry's own policies,
 * then, for a grid bot, the grid engine's checks that need its grid math. Runs outside any transaction, since it may wait
 * for the grid engine; a refusal names the field, whoever found it.
 */
public class BotSettingsCheck {

    private final BotRules rules;
    private final GridChecks gridChecks;

    public BotSettingsCheck(BotRules rules, GridChecks gridChecks) {
        this.rules = rules;
        this.gridChecks = gridChecks;
    }

    public BotSettings validate(BotDraft draft) {
        BotSettings settings = validateLocally(draft);
        if (settings.kind() != BotKind.GRID) {
            return settings;
        }
        switch (gridChecks.check(settings)) {
            case GridChecks.Passed passed -> {
                // the grid engine can run this grid
            }
            case GridChecks.Refused refused -> throw new InvalidRequestException(refused.field(), refused.reason());
            case GridChecks.Unavailable unavailable -> throw new GridEngineUnavailable(unavailable.reason());
        }
        return settings;
    }

    /** The registry's own policies only: for a change that cannot affect the grid engine's math (a new name). */
    public BotSettings validateLocally(BotDraft draft) {
        if (rules.check(draft) instanceof Verdict.Rejected rejected) {
            throw new InvalidRequestException(rejected.field(), rejected.reason());
        }
        return rules.settingsOf(draft);
    }
}
