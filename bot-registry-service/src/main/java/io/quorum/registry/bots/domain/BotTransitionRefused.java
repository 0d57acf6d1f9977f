package io.quorum.registry.bots.domain;

/** A lifecycle change the bot's current status does not allow, e.g. starting a running bot. */
public class BotTransitionRefused extends RuntimeException {

    public BotTransitionRefused(String message) {
        super(message);
    }
}
