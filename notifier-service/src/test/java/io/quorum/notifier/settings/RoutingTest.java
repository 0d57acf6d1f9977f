package io.quorum.notifier.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.notifier.notification.NotificationKind;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static final Set<Channel> BOTH = EnumSet.allOf(Channel.class);
    private static final BotId MUTED = BotId.random();
    private static final BotId OWN = BotId.random();
    private static final BotId PLAIN = BotId.random();

    private final Routing routing = new Routing(
            Map.of(NotificationKind.ORDER_FILLED, Set.of(Channel.TELEGRAM), NotificationKind.POSITION_CHANGED, Set.of()),
            Map.of(MUTED, new Routing.BotRouting(true, Map.of(NotificationKind.ORDER_FILLED, BOTH)),
                    OWN, new Routing.BotRouting(false, Map.of(NotificationKind.ORDER_FILLED, Set.of(Channel.SLACK)))));

    @Test
    void aKindNobodyChoseGoesToEveryEnabledChannel() {
        assertThat(routing.channelsFor(NotificationKind.BOT_STARTED, PLAIN, BOTH)).isEqualTo(BOTH);
        assertThat(routing.channelsFor(NotificationKind.FOREIGN_ORDER, null, Set.of(Channel.SLACK)))
                .containsExactly(Channel.SLACK);
        assertThat(Routing.EVERYTHING_EVERYWHERE.channelsFor(NotificationKind.ORDER_FILLED, OWN, BOTH)).isEqualTo(BOTH);
    }

    @Test
    void theUsersChoiceForAKindNarrowsItAndAnEmptyListSendsItNowhere() {
        assertThat(routing.channelsFor(NotificationKind.ORDER_FILLED, PLAIN, BOTH)).containsExactly(Channel.TELEGRAM);
        assertThat(routing.channelsFor(NotificationKind.POSITION_CHANGED, PLAIN, BOTH)).isEmpty();
    }

    @Test
    void aBotsOwnChoiceOverridesTheUsersAndAMutedBotSendsNothing() {
        assertThat(routing.channelsFor(NotificationKind.ORDER_FILLED, OWN, BOTH)).containsExactly(Channel.SLACK);
        assertThat(routing.channelsFor(NotificationKind.POSITION_CHANGED, OWN, BOTH)).as("not overridden").isEmpty();
        assertThat(routing.channelsFor(NotificationKind.ORDER_FILLED, MUTED, BOTH)).isEmpty();
        assertThat(routing.channelsFor(NotificationKind.BOT_STOPPED, MUTED, BOTH)).isEmpty();
    }

    @Test
    void aChannelThatIsNotEnabledNeverReceivesAnything() {
        assertThat(routing.channelsFor(NotificationKind.ORDER_FILLED, PLAIN, Set.of(Channel.SLACK))).isEmpty();
        assertThat(routing.channelsFor(NotificationKind.ORDER_FILLED, OWN, Set.of())).isEmpty();
    }
}
