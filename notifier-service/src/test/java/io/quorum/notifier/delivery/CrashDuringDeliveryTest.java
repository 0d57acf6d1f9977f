package io.quorum.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.notifier.notification.Notification;
import io.quorum.notifier.notification.NotificationId;
import io.quorum.notifier.notification.NotificationKind;
import io.quorum.notifier.notification.Notifications;
import io.quorum.notifier.settings.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deliveries table on the real database. The rows here are due a year from now, so the running
 * worker (on the wall clock) leaves them alone and the test plays the worker with its own clock.
 */
class CrashDuringDeliveryTest extends NotifierScenarioTest {

    private static final Instant DUE = Instant.now().plus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    Deliveries deliveries;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    /** Schedules the same event for Slack twice; answers the notification's text, unique to this row. */
    private String scheduledTwiceForSlack() {
        UserId user = UserId.random();
        EventId event = EventId.random();
        String text = "Bot stopped " + event;
        transactions.executeWithoutResult(status -> {
            NotificationId id = notifications.add(new Notification(event, user, BotId.random(),
                    NotificationKind.BOT_STOPPED, text, DUE)).orElseThrow();
            deliveries.schedule(id, event, user, Channel.SLACK, DUE);
            deliveries.schedule(id, event, user, Channel.SLACK, DUE);
        });
        return text;
    }

    private List<Deliveries.DueDelivery> claimAt(Instant now, String text) {
        // other tests' far-future rows may be claimed too; this test's row is the one with its text
        return deliveries.claimDue(now, now.plus(Duration.ofMinutes(1)), 1000).stream()
                .filter(due -> due.text().equals(text)).toList();
    }

    @Test
    void aDeliveryClaimedByAWorkerThatDiedComesBackWhenItsLeaseEnds() {
        String text = scheduledTwiceForSlack();

        List<Deliveries.DueDelivery> claimed = claimAt(DUE, text);
        assertThat(claimed).hasSize(1);
        assertThat(claimAt(DUE.plusSeconds(30), text)).as("hidden while the first worker holds it").isEmpty();

        List<Deliveries.DueDelivery> reclaimed = claimAt(DUE.plus(Duration.ofMinutes(2)), text);

        assertThat(reclaimed).hasSize(1);
        assertThat(reclaimed.getFirst().delivery().id()).isEqualTo(claimed.getFirst().delivery().id());
        assertThat(reclaimed.getFirst().delivery().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(reclaimed.getFirst().text()).isEqualTo(text);
    }

    @Test
    void aLateWorkerCannotOverwriteAnAttemptAlreadyRecorded() {
        String text = scheduledTwiceForSlack();
        Delivery claimed = claimAt(DUE, text).getFirst().delivery();
        Delivery delivered = claimed.delivered(DUE);

        deliveries.record(claimed, delivered);
        deliveries.record(claimed, claimed.failed("HTTP 503", DUE, new RetryPolicy(Duration.ofSeconds(1), 2, 8,
                Duration.ofHours(1))));

        assertThat(claimAt(DUE.plus(Duration.ofDays(1)), text)).isEmpty();
    }
}
