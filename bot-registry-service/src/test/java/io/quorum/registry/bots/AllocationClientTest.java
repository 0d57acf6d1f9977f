package io.quorum.registry.bots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.registry.FakeAllocation;
import io.quorum.registry.bots.domain.BudgetReservations;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AllocationClientTest {

    private final FakeAllocation allocation = new FakeAllocation();
    private final AllocationClient client = clientFor(allocation.url());
    private final BotId bot = BotId.random();
    private final UserId owner = UserId.random();

    @AfterEach
    void stop() {
        allocation.close();
    }

    private static AllocationClient clientFor(String url) {
        return new AllocationClient(new AllocationSettings(URI.create(url), Duration.ofSeconds(2), Duration.ofSeconds(5)),
                "the-secret");
    }

    @Test
    void reservesWithTheGatewaySecretTheOwnerAndTheExactAmount() {
        var answer = client.reserve(bot, owner, Money.of("1000.50"));

        assertThat(answer).isInstanceOf(BudgetReservations.Reserved.class);
        var request = allocation.requestsFor(bot).getFirst();
        assertThat(request.path()).isEqualTo("/internal/budgets/" + bot + "/reserve");
        assertThat(request.secret()).isEqualTo("the-secret");
        assertThat(request.contentType()).startsWith("application/json");
        assertThat(request.body()).contains("\"userId\":\"" + owner + "\"", "\"amount\":\"1000.5\"");
    }

    @Test
    void anInsufficientBalancePassesTheAllocationsWordsAndAmountsOn() {
        allocation.refuse(bot, "1000", "400");

        var answer = client.reserve(bot, owner, Money.of("1000"));

        assertThat(answer).isEqualTo(new BudgetReservations.Refused("needs 1000 USDT, 400 free",
                new BigDecimal("1000"), new BigDecimal("400")));
    }

    @Test
    void aFailingAllocationIsUnavailableNotARefusal() {
        allocation.fail(bot, 500);

        assertThat(client.reserve(bot, owner, Money.of("1000"))).isInstanceOf(BudgetReservations.Unavailable.class);
    }

    @Test
    void anUnreachableAllocationIsUnavailable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var answer = clientFor("http://localhost:" + closedPort).reserve(bot, owner, Money.of("1000"));

        assertThat(answer).isInstanceOf(BudgetReservations.Unavailable.class);
    }
}
