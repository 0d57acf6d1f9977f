package io.quorum.registry.bots.domain;

/** A bot's name is what the user sees on its card: 1 to 60 characters, none of them a control character. */
public final class NamePolicy implements BotPolicy {

    public static final int MAX_LENGTH = 60;

    @Override
    public Verdict check(BotDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > MAX_LENGTH) {
            return Verdict.reject(name(), "name", "must be 1 to " + MAX_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Verdict.reject(name(), "name", "must not contain control characters");
        }
        return Verdict.ALLOWED;
    }
}
