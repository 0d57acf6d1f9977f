package io.quorum.signal.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Topics;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.signal.SignalServiceTest;
import io.quorum.signal.cycle.LlmBudgets.Grant;
import io.quorum.signal.cycle.LlmBudgets.Purpose;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The budget in the database, as bots of one user ask for it at one candle close, on virtual threads. */
class LlmBudgetsTest extends SignalServiceTest {

    private static final Instant CLOSE = Instant.parse("2025-06-21T09:15:00Z");
    private static final LocalDate DAY = LocalDate.parse("2025-06-21");

    @Autowired
    private LlmBudgets budgets;

    private final UserId user = UserId.random();
    private EventProbe notices;

    @BeforeEach
    void openProbe() {
        notices = EventProbe.on(Topics.SIGNAL_NOTICES_NAME);
    }

    @AfterEach
    void closeProbe() throws InterruptedException {
        notices.close();
    }

    @Test
    void manyBotsOfOneUserDecidingAtOneCandleCloseNeverExceedTheBudgetAndTheUserIsToldOnce() throws Exception {
        allow(user, 10);
        List<BotId> bots = IntStream.range(0, 40).mapToObj(i -> BotId.random()).toList();

        List<Grant> grants = grantAtOnce(bots, 1);

        assertThat(grants.stream().filter(Grant::granted)).hasSize(10);
        assertThat(budgets.budgetOf(user, DAY).used()).isEqualTo(10);
        assertThat(grants.stream().filter(g -> !g.granted())).allSatisfy(g -> assertThat(g.refusal())
                .isEqualTo("the user's daily LLM call budget is spent (0 of 10 calls left on 2025-06-21, 1 needed)"));
        assertToldOnceOn(DAY, 10, 10);
    }

    @Test
    void panelsOfThreeAreGrantedWholeOrNotAtAllAndTheCallsLeftStayForASmallerAsk() throws Exception {
        allow(user, 10);
        List<BotId> bots = IntStream.range(0, 12).mapToObj(i -> BotId.random()).toList();

        List<Grant> grants = grantAtOnce(bots, 3);

        assertThat(grants.stream().filter(Grant::granted)).hasSize(3);
        assertThat(budgets.budgetOf(user, DAY).used()).isEqualTo(9);
        // the last call is still there for a loss review
        assertThat(budgets.grant(user, bots.getFirst(), CLOSE, Purpose.LOSS_REVIEW, 1).granted()).isTrue();
        assertThat(budgets.budgetOf(user, DAY).used()).isEqualTo(10);
        // the first refusal came with 9 used: 1 left, 3 needed
        assertToldOnceOn(DAY, 10, 9);
    }

    @Test
    void aRedeliveredCandleIsChargedNothingAndGetsTheAnswerTheFirstAttemptGot() {
        allow(user, 3);
        BotId first = BotId.random();
        BotId second = BotId.random();

        assertThat(budgets.grant(user, first, CLOSE, Purpose.VOTE, 2).granted()).isTrue();
        assertThat(budgets.grant(user, second, CLOSE, Purpose.VOTE, 2).granted()).isFalse();
        // the second bot's redelivery stays refused even though a call is left, the first's stays granted
        assertThat(budgets.grant(user, first, CLOSE, Purpose.VOTE, 2).granted()).isTrue();
        assertThat(budgets.grant(user, second, CLOSE, Purpose.VOTE, 2).granted()).isFalse();
        assertThat(budgets.budgetOf(user, DAY).used()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from llm_budget_days where user_id = ? and exhausted_at is not null")
                .param(user.value()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCandleClosingAtMidnightIsChargedToTheNewDay() {
        allow(user, 1);
        BotId bot = BotId.random();
        Instant lastOfTheDay = Instant.parse("2025-06-21T23:45:00Z");
        Instant midnight = Instant.parse("2025-06-22T00:00:00Z");

        assertThat(budgets.grant(user, bot, lastOfTheDay, Purpose.VOTE, 1).granted()).isTrue();
        assertThat(budgets.grant(user, bot, lastOfTheDay.minus(Duration.ofMinutes(15)), Purpose.VOTE, 1).granted()).isFalse();
        assertThat(budgets.grant(user, bot, midnight, Purpose.VOTE, 1).granted()).isTrue();
        assertThat(budgets.budgetOf(user, LocalDate.parse("2025-06-22")).used()).isEqualTo(1);
    }

    @Test
    void aUserSwitchedOffIsRefusedWithoutAnyRecordOrNotice() {
        allow(user, 0);

        Grant grant = budgets.grant(user, BotId.random(), CLOSE, Purpose.VOTE, 1);

        assertThat(grant.granted()).isFalse();
        assertThat(grant.refusal()).contains("switched off for this user");
        assertThat(jdbc.sql("select count(*) from llm_budget_days where user_id = ?").param(user.value())
                .query(Integer.class).single()).isZero();
    }

    private List<Grant> grantAtOnce(List<BotId> bots, int calls) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Grant>> asked;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            asked = bots.stream().map(bot -> threads.submit(() -> {
                start.await();
                return budgets.grant(user, bot, CLOSE, Purpose.VOTE, calls);
            })).toList();
            start.countDown();
        }
        return asked.stream().map(Future::resultNow).toList();
    }

    /**
     * Exactly one notice for the day: a refusal on the next day is published after it on the user's partition, so
     * once the probe has that one, any second notice for the day would have arrived before it.
     */
    private void assertToldOnceOn(LocalDate day, int limit, int usedWhenRefused) {
        budgets.grant(user, BotId.random(), CLOSE.plus(Duration.ofDays(1)), Purpose.VOTE, limit + 1);
        notices.awaitEvent(LlmBudgetExhausted.class, e -> e.userId().equals(user) && e.day().equals(day.plusDays(1)));
        List<LlmBudgetExhausted> told = notices.events(LlmBudgetExhausted.class).stream()
                .filter(e -> e.userId().equals(user) && e.day().equals(day)).toList();
        assertThat(told).containsExactly(new LlmBudgetExhausted(user, day, limit, usedWhenRefused));
    }

    private void allow(UserId user, int calls) {
        jdbc.sql("insert into llm_budget_overrides (user_id, daily_calls, note) values (?, ?, 'test')")
                .params(user.value(), calls).update();
    }
}
