package io.quorum.notifier.notification.internal;

import io.quorum.contracts.bots.BotCreated;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.notifier.notification.Messages;
import org.springframework.kafka.annotation.KafkaListener;

/** Hears the events users are told about. */
class NotifierListener {

    private final NotifyService notify;

    NotifierListener(NotifyService notify) {
        this.notify = notify;
    }

    @KafkaListener(topics = {Topics.BOT_LIFECYCLE_NAME, Topics.EXECUTIONS_NAME, Topics.ORDER_DECISIONS_NAME,
            Topics.SIGNAL_NOTICES_NAME, Topics.SIGNAL_DECISIONS_NAME, Topics.BOT_STOP_TRIGGERS_NAME, Topics.POSITIONS_NAME,
            Topics.GRID_CYCLES_NAME})
    void on(Envelope<?> envelope) {
        // placed orders, approvals, halts… are not worth a message, nor a processed-event row; a created bot only
        // teaches whose it is
        if (envelope.payload() instanceof BotCreated created) {
            notify.created(created);
        } else if (Messages.isNotifiable(envelope.payload())) {
            notify.handle(envelope);
        }
    }
}
