package io.quorum.allocation;

import io.quorum.allocation.budgets.BudgetReservations;
import io.quorum.allocation.ledger.Account;
import io.quorum.allocation.ledger.BotBudget;
import io.quorum.allocation.ledger.ReserveOutcome;
import io.quorum.allocation.ledger.jdbc.Accounts;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.testkit.EmbeddedInfrastructure;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service on the shared embedded Kafka and PostgreSQL; every test class gets the same context and uses fresh ids. */
@SpringBootTest(classes = AllocationApplication.class, properties = "spring.config.name=" + AllocationApplication.CONFIG_NAME)
@AutoConfigureMockMvc
public abstract class AllocationServiceTest {

    protected static final String SECRET = "local-dev-gateway-secret";
    protected static final Instant MARKET_TIME = Instant.parse("2026-03-01T12:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "allocation");
    }

    @Autowired
    protected BudgetReservations budgetReservations;
    @Autowired
    protected Accounts accounts;

    protected BotBudget reserve(UserId user, BotId bot, String amount) {
        var outcome = budgetReservations.reserve(user, bot, Money.of(amount));
        return ((ReserveOutcome.Reserved) outcome).budget();
    }

    protected Account account(UserId user) {
        return accounts.find(user);
    }

    protected BotBudget budget(UserId user, BotId bot) {
        return account(user).budget(bot).orElseThrow();
    }
}
