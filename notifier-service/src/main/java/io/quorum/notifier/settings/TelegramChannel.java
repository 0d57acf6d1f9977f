package io.quorum.notifier.settings;

import java.util.Objects;

/** A Telegram bot that writes to one chat. The token is a secret: it leaves this service only masked. */
public record TelegramChannel(String botToken, String chatId, boolean enabled) {

    private static final String MASK = "****";

    public TelegramChannel {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(chatId, "chatId");
    }

    /** Enough of the token for a user to recognise it, not enough to use it. */
    public String maskedToken() {
        return maskOf(botToken);
    }

    static String maskOf(String token) {
        return token.length() > 12 ? MASK + token.substring(token.length() - 4) : MASK;
    }

    @Override
    public String toString() {
        return "TelegramChannel[botToken=" + maskedToken() + ", chatId=" + chatId + ", enabled=" + enabled + "]";
    }
}
