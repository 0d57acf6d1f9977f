package io.quorum.marketdata.live;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Thin: a started bot's symbol joins the followed ones. Following is idempotent — fifty bots on one
 * symbol, or a redelivered start, still make one upstream subscription.
 */
public class BotSymbolsListener {

    private final LiveFeed feed;

    public BotSymbolsListener(LiveFeed feed) {
        this.feed = feed;
    }

    @KafkaListener(topics = Topics.BOT_LIFECYCLE_NAME)
    void lifecycle(Envelope<?> envelope) {
        if (envelope.payload() instanceof BotStarted started) {
            feed.follow(started.symbol());
        }
    }
}
