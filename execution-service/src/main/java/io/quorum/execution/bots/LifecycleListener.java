package io.quorum.execution.bots;

import io.quorum.contracts.event.BotScoped;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.event.UserScoped;
import org.springframework.kafka.annotation.KafkaListener;

/** The bot lifecycle topic, read only to learn whose each bot is; every other use of it is other services'. */
public class LifecycleListener {

    private final BotOwners owners;

    public LifecycleListener(BotOwners owners) {
        this.owners = owners;
    }

    @KafkaListener(topics = Topics.BOT_LIFECYCLE_NAME)
    public void on(Envelope<?> envelope) {
        if (envelope.payload() instanceof BotScoped bot && envelope.payload() instanceof UserScoped user) {
            owners.learn(bot.botId(), user.userId());
        }
    }
}
