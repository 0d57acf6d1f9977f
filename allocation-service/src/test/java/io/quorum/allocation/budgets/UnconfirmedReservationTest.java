package io.quorum.allocation.budgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.allocation.AllocationServiceTest;
import io.quorum.allocation.ledger.BudgetStatus;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.allocation.platform.Outbox;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.testkit.EventProbe;
import io.quorum.testkit.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A reservation whose start the registry gave up on — it asked, the allocation reserved, the answer came too late —
 * never holds the user's money for a bot that is not running: the next start takes it over whatever its amount, and
 * one nobody confirms with BotStarted is released after the grace. From the allocation's side a registry that timed
 * out is a reserve call whose answer nobody reads, which is how these tests make one. The sweep runs here with a
 * clock moved by hand (the service's own runs every 30 s with a 10 min grace on the wall clock).
 */
class UnconfirmedReservationTest extends AllocationServiceTest {

    private static final Duration GRACE = Duration.ofMinutes(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    BudgetStarts starts;
    @Autowired
    Accounts accountsTable;
    @Autowired
    Outbox outbox;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final UserId user = UserId.random();
    private final EventProbe decisions = EventProbe.on(Topics.ORDER_DECISIONS_NAME);

    @AfterEach
    void closeProbe() throws InterruptedException {
        decisions.close();
    }

    @Test
    void aReservationNobodyConfirmsIsReleasedAfterTheGraceAndTheUserIsNoLongerStuck() throws Exception {
        BotId abandoned = BotId.random();
        reserve(abandoned, "6000"); // the registry timed out: its user got a 503, the bot stayed stopped
        BotId other = BotId.random();
        reserve(other, "6000").andExpect(status().isConflict()).andExpect(jsonPath("$.free").value("4000"));

        sweepAt(Instant.now().plus(GRACE).minusSeconds(60)); // within the grace
        assertThat(budget(user, abandoned).status()).isEqualTo(BudgetStatus.RESERVED);

        sweepAt(Instant.now().plus(GRACE).plusSeconds(60));

        assertThat(budget(user, abandoned).status()).isEqualTo(BudgetStatus.RELEASED);
        assertThat(account(user).free()).isEqualTo(Money.of("10000"));
        BotBudgetReleased released = decisions.awaitEvent(BotBudgetReleased.class, e -> e.botId().equals(abandoned));
        assertThat(released.returned()).isEqualTo(Money.of("6000"));
        reserve(other, "6000").andExpect(status().isOk());
        // and the abandoned bot can be started again later
        reserve(abandoned, "4000").andExpect(status().isOk());
    }

    @Test
    void theNextStartTakesOverAnUnconfirmedReservationWhateverItsAmount() throws Exception {
        BotId bot = BotId.random();
        reserve(bot, "6000"); // the answer was lost
        // the user lowered the budget and started again: the old reservation is replaced, not added to
        reserve(bot, "4000").andExpect(status().isOk()).andExpect(jsonPath("$.amount").value("4000"));

        assertThat(budget(user, bot).amount()).isEqualTo(Money.of("4000"));
        assertThat(account(user).free()).isEqualTo(Money.of("6000"));
        reserve(BotId.random(), "6000").andExpect(status().isOk());
        reserve(BotId.random(), "1").andExpect(status().isConflict());
    }

    @Test
    void aStartedBotKeepsItsBudgetAndItsAmount() throws Exception {
        BotId bot = BotId.random();
        reserve(bot, "5000").andExpect(status().isOk());
        decisions.publish(Envelope.originating(new BotStarted(bot, user, "grid", BotKind.GRID, Symbol.of("BTCUSDT"),
                Money.of("5000"), 2, new GridSpec(Price.of("100000"), Price.of("110000"), 10, GridSpacing.ARITHMETIC)),
                MARKET_TIME));
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !starts.unconfirmed(bot));

        reserve(bot, "4000").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Bot is already running"));
        sweepAt(Instant.now().plus(GRACE).plus(GRACE));

        assertThat(budget(user, bot).status()).isEqualTo(BudgetStatus.RESERVED);
        assertThat(budget(user, bot).amount()).isEqualTo(Money.of("5000"));
    }

    private int sweepAt(Instant now) {
        return new UnconfirmedReservationSweep(starts, accountsTable, outbox, new TransactionTemplate(transactionManager),
                new MovableClock(now), GRACE).sweep();
    }

    private ResultActions reserve(BotId bot, String amount) throws Exception {
        return mvc.perform(post("/internal/budgets/{botId}/reserve", bot).header(GatewayHeaders.SECRET, SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"" + user + "\",\"amount\":\"" + amount + "\"}"));
    }
}
