package io.quorum.registry.bots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BotTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);

    private final UserId owner = UserId.random();
    private final Bot created = Bot.create(BotId.random(), owner, new BotRules().settingsOf(Drafts.valid()), T0);

    @Test
    void aNewBotIsCreatedWithoutAReason() {
        assertThat(created.status()).isEqualTo(BotStatus.CREATED);
        assertThat(created.statusReason()).isNull();
        assertThat(created.isOwnedBy(owner)).isTrue();
        assertThat(created.isOwnedBy(UserId.random())).isFalse();
    }

    @Test
    void startingACreatedBotRunsItAndAnnouncesEverythingAConsumerNeeds() {
        var started = created.start(T1);
        assertThat(started.bot().status()).isEqualTo(BotStatus.RUNNING);
        assertThat(started.bot().updatedAt()).isEqualTo(T1);
        BotStarted event = started.event();
        assertThat(event.botId()).isEqualTo(created.id());
        assertThat(event.userId()).isEqualTo(owner);
        assertThat(event.name()).isEqualTo("BTC range");
        assertThat(event.budget().toString()).isEqualTo("1000");
        assertThat(event.leverage()).isEqualTo(2);
        assertThat(event.grid()).isEqualTo(created.settings().grid());
    }

    @Test
    void aRunningOrStoppingBotCannotBeStartedAgain() {
        Bot running = created.start(T1).bot();
        assertThatThrownBy(() -> running.start(T1)).isInstanceOf(BotTransitionRefused.class).hasMessageContaining("RUNNING");
        Bot stopping = running.requestStop("by user", T1).bot();
        assertThatThrownBy(stopping::ensureStartable).isInstanceOf(BotTransitionRefused.class).hasMessageContaining("STOPPING");
    }

    @Test
    void onlyARunningBotCanBeAskedToStop() {
        assertThatThrownBy(() -> created.requestStop("by user", T1)).isInstanceOf(BotTransitionRefused.class);
        var stopping = created.start(T1).bot().requestStop("by user", T1);
        assertThat(stopping.bot().status()).isEqualTo(BotStatus.STOPPING);
        assertThat(stopping.bot().statusReason()).isEqualTo("by user");
        assertThat(stopping.event()).isEqualTo(new BotStopRequested(created.id(), owner, "by user"));
        assertThatThrownBy(() -> stopping.bot().requestStop("again", T1)).isInstanceOf(BotTransitionRefused.class);
    }

    @Test
    void releasingAStoppingBotsBudgetStopsItWithTheStopReason() {
        Bot stopping = created.start(T1).bot().requestStop("by user", T1).bot();
        var stopped = stopping.budgetReleased(T1).orElseThrow();
        assertThat(stopped.bot().status()).isEqualTo(BotStatus.STOPPED);
        assertThat(stopped.event().reason()).isEqualTo("by user");
        assertThat(stopped.bot().budgetReleased(T1)).isEmpty();
    }

    @Test
    void aStoppedBotCanBeStartedAgain() {
        Bot stopped = created.start(T1).bot().requestStop("by user", T1).bot().budgetReleased(T1).orElseThrow().bot();
        assertThat(stopped.start(T1).bot().status()).isEqualTo(BotStatus.RUNNING);
        assertThat(stopped.start(T1).bot().statusReason()).isNull();
    }

    @Test
    void aReleaseForABotThatHoldsNoBudgetChangesNothing() {
        assertThat(created.budgetReleased(T1)).isEmpty();
    }

    @Test
    void aTriggeredStopStopsARunningBotWithTheTriggersReasonKeptThroughStopped() {
        var stopping = created.start(T1).bot().stopTriggered("stop-loss 99000 reached at 98990.5", T1).orElseThrow();
        assertThat(stopping.bot().status()).isEqualTo(BotStatus.STOPPING);
        assertThat(stopping.event()).isEqualTo(
                new BotStopRequested(created.id(), owner, "stop-loss 99000 reached at 98990.5"));
        var stopped = stopping.bot().budgetReleased(T1).orElseThrow();
        assertThat(stopped.bot().statusReason()).isEqualTo("stop-loss 99000 reached at 98990.5");
        assertThat(stopped.event().reason()).isEqualTo("stop-loss 99000 reached at 98990.5");
    }

    @Test
    void aTriggeredStopOfABotThatIsNotRunningChangesNothing() {
        Bot stopping = created.start(T1).bot().requestStop("by user", T1).bot();
        assertThat(created.stopTriggered("take-profit", T1)).isEmpty();
        assertThat(stopping.stopTriggered("take-profit", T1)).isEmpty();
        assertThat(stopping.budgetReleased(T1).orElseThrow().bot().stopTriggered("take-profit", T1)).isEmpty();
    }

    @Test
    void aCreatedOrStoppedBotTakesNewSettingsWhichItsNextStartAnnounces() {
        BotSettings changed = new BotRules().settingsOf(Drafts.withGrid(Drafts.grid("90000", "120000", 30)));
        Bot stopped = created.start(T1).bot().requestStop("by user", T1).bot().budgetReleased(T1).orElseThrow().bot();

        assertThat(created.reconfigure(changed, T1).settings()).isEqualTo(changed);
        Bot reconfigured = stopped.reconfigure(changed, T1);
        assertThat(reconfigured.status()).isEqualTo(BotStatus.STOPPED);
        assertThat(reconfigured.start(T1).event().grid()).isEqualTo(changed.grid());
    }

    @Test
    void aRunningOrStoppingBotRefusesNewSettings() {
        BotSettings changed = new BotRules().settingsOf(Drafts.withGrid(Drafts.grid("90000", "120000", 30)));
        Bot running = created.start(T1).bot();
        Bot stopping = running.requestStop("by user", T1).bot();

        assertThatThrownBy(() -> running.reconfigure(changed, T1)).isInstanceOf(SettingsLocked.class)
                .hasMessageContaining("RUNNING");
        assertThatThrownBy(() -> stopping.reconfigure(changed, T1)).isInstanceOf(SettingsLocked.class)
                .hasMessageContaining("STOPPING");
    }
}
