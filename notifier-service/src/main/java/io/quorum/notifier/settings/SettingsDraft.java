package io.quorum.notifier.settings;

/**
 * Channel settings as a user sent them, not yet checked: every field may be missing or wrong.
 * A missing channel means "not configured".
 */
public record SettingsDraft(Slack slack, Telegram telegram) {

    public record Slack(String webhookUrl, Boolean enabled) {
    }

    public record Telegram(String botToken, String chatId, Boolean enabled) {

        /** The same draft with its token replaced, e.g. by the stored one when the user sent back the masked form. */
        public Telegram withBotToken(String token) {
            return new Telegram(token, chatId, enabled);
        }
    }

    /**
     * A client that shows the settings and saves them unchanged sends the masked token back; that
     * means "keep the token you have", not "my token is ****1234".
     */
    public SettingsDraft keepingStoredTokenOf(ChannelSettings stored) {
        if (telegram == null || telegram.botToken() == null || stored.telegram() == null) {
            return this;
        }
        boolean sentMask = telegram.botToken().equals(stored.telegram().maskedToken());
        return sentMask ? new SettingsDraft(slack, telegram.withBotToken(stored.telegram().botToken())) : this;
    }
}
