package io.quorum.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.notification.NotificationId;
import io.quorum.notifier.settings.Channel;
import io.quorum.notifier.settings.ChannelSettings;
import io.quorum.notifier.settings.ChannelSettingsStore;
import io.quorum.notifier.settings.SlackChannel;
import io.quorum.notifier.settings.TelegramChannel;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CourierTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final UserId USER = UserId.random();

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final Map<UserId, ChannelSettings> settings = new HashMap<>();
    private final List<String> sent = new ArrayList<>();
    private Function<String, SendOutcome> slackAnswers = text -> SendOutcome.sent();

    private final Courier courier = new Courier(deliveries, new ChannelSettingsStore() {
        @Override
        public ChannelSettings of(UserId userId) {
            return settings.getOrDefault(userId, ChannelSettings.none(userId));
        }

        @Override
        public void save(ChannelSettings saved) {
            settings.put(saved.userId(), saved);
        }

        @Override
        public List<ChannelSettings> withTelegramEnabled() {
            return settings.values().stream().filter(s -> s.isEnabled(Channel.TELEGRAM)).toList();
        }
    }, List.of(sender(Channel.SLACK), sender(Channel.TELEGRAM)),
            new RetryPolicy(Duration.ofSeconds(1), 2, 3, Duration.ofMinutes(1)),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5), 10);

    private ChannelSender sender(Channel channel) {
        return new ChannelSender() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public SendOutcome send(ChannelSettings user, String text) {
                sent.add(text);
                return slackAnswers.apply(text);
            }
        };
    }

    private void slackEnabled(boolean enabled) {
        settings.put(USER, new ChannelSettings(USER, new SlackChannel(URI.create("https://hooks.slack.com/x"), enabled),
                new TelegramChannel("1:abc", "42", false)));
    }

    @Test
    void sendsWhatIsDueAndRecordsTheDelivery() {
        slackEnabled(true);
        deliveries.add(Channel.SLACK, "hello");

        assertThat(courier.deliverDue()).isEqualTo(1);

        assertThat(sent).containsExactly("hello");
        assertThat(deliveries.only().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(deliveries.only().attempts()).isEqualTo(1);
    }

    @Test
    void aFailureIsRetriedAfterTheBackoff() {
        slackEnabled(true);
        slackAnswers = text -> SendOutcome.failed("HTTP 503: unavailable");
        deliveries.add(Channel.SLACK, "hello");

        courier.deliverDue();

        assertThat(deliveries.only().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(deliveries.only().nextAttemptAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(deliveries.only().lastError()).isEqualTo("HTTP 503: unavailable");
    }

    @Test
    void aSenderThatThrowsStillCountsAsAnAttempt() {
        slackEnabled(true);
        slackAnswers = text -> {
            throw new IllegalStateException("boom");
        };
        deliveries.add(Channel.SLACK, "hello");

        courier.deliverDue();

        assertThat(deliveries.only().attempts()).isEqualTo(1);
        assertThat(deliveries.only().lastError()).isEqualTo("IllegalStateException: boom");
    }

    @Test
    void aChannelSwitchedOffAfterTheEventIsNotUsed() {
        slackEnabled(false);
        deliveries.add(Channel.SLACK, "hello");

        courier.deliverDue();

        assertThat(sent).isEmpty();
        assertThat(deliveries.only().status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(deliveries.only().lastError()).contains("switched off");
    }

    /** Claims everything pending and due, and stores what is recorded. */
    @Test
    void overTheCapADeliveryWaitsWithoutCountingAnAttemptAndIsNeverDropped() {
        slackEnabled(true);
        Courier capped = new Courier(deliveries, new ChannelSettingsStore() {
            @Override
            public ChannelSettings of(UserId userId) {
                return settings.getOrDefault(userId, ChannelSettings.none(userId));
            }

            @Override
            public void save(ChannelSettings saved) {
                settings.put(saved.userId(), saved);
            }

            @Override
            public List<ChannelSettings> withTelegramEnabled() {
                return settings.values().stream().filter(s -> s.isEnabled(Channel.TELEGRAM)).toList();
            }
        }, List.of(sender(Channel.SLACK), sender(Channel.TELEGRAM)),
                new RetryPolicy(Duration.ofSeconds(1), 2, 3, Duration.ofMinutes(1)),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5), 10, 2);
        deliveries.add(Channel.SLACK, "one");
        deliveries.add(Channel.SLACK, "two");
        deliveries.add(Channel.SLACK, "three");
        deliveries.add(Channel.TELEGRAM, "other channel");

        assertThat(capped.deliverDue(Channel.SLACK)).isEqualTo(3);

        assertThat(sent).containsExactlyInAnyOrder("one", "two");
        Delivery waiting = deliveries.rows.values().stream().map(Deliveries.DueDelivery::delivery)
                .filter(d -> d.channel() == Channel.SLACK && d.status() == DeliveryStatus.PENDING).findFirst().orElseThrow();
        assertThat(waiting.attempts()).isZero();
        assertThat(waiting.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(waiting.lastError()).startsWith("deferred: SLACK already took 2 messages");
        assertThat(deliveries.rows.values()).filteredOn(row -> row.delivery().channel() == Channel.TELEGRAM)
                .allSatisfy(row -> assertThat(row.delivery().status()).as("untouched by the Slack pass")
                        .isEqualTo(DeliveryStatus.PENDING));
    }

    static final class InMemoryDeliveries implements Deliveries {
        private final Map<Long, DueDelivery> rows = new HashMap<>();

        void add(Channel channel, String text) {
            long id = rows.size() + 1;
            rows.put(id, new DueDelivery(new Delivery(id, USER, channel, DeliveryStatus.PENDING, 0, NOW, null, null), text));
        }

        Delivery only() {
            assertThat(rows).hasSize(1);
            return rows.values().iterator().next().delivery();
        }

        @Override
        public void schedule(NotificationId notificationId, EventId eventId, UserId userId, Channel channel, Instant due) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DueDelivery> claimDue(Instant now, Instant leaseUntil, int limit) {
            return rows.values().stream()
                    .filter(row -> row.delivery().status() == DeliveryStatus.PENDING)
                    .filter(row -> !row.delivery().nextAttemptAt().isAfter(now))
                    .limit(limit)
                    .toList();
        }

        @Override
        public List<DueDelivery> claimDue(Channel channel, Instant now, Instant leaseUntil, int limit) {
            return claimDue(now, leaseUntil, limit).stream().filter(row -> row.delivery().channel() == channel).toList();
        }

        @Override
        public int deliveredSince(UserId userId, Channel channel, Instant since) {
            return (int) rows.values().stream().map(DueDelivery::delivery)
                    .filter(d -> d.userId().equals(userId) && d.channel() == channel)
                    .filter(d -> d.status() == DeliveryStatus.DELIVERED && d.deliveredAt().isAfter(since))
                    .count();
        }

        @Override
        public void record(Delivery before, Delivery after) {
            rows.computeIfPresent(before.id(), (id, row) -> new DueDelivery(after, row.text()));
        }
    }
}
