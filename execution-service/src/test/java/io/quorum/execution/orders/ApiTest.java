package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.ExecutionServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ApiTest extends ExecutionServiceTest {

    private final UserId owner = UserId.random();
    private final BotId bot = BotId.random();

    private static MockHttpServletRequestBuilder asUser(MockHttpServletRequestBuilder request, UserId user) {
        return request.header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString());
    }

    private void fillOneAndRestOne() {
        tick("60000", now());
        var market = approval(owner, bot, OrderSpec.market(BTC, Side.BUY, Quantity.of("0.01"), 1, false), now());
        var limit = approval(owner, bot, OrderSpec.limit(BTC, Side.BUY, Price.of("40000"), Quantity.of("0.002"), 1, false), now());
        probe.publish(market);
        probe.publish(limit);
        awaitEnvelope(OrderFilled.class, f -> f.intentId().equals(market.payload().intentId()));
        awaitEnvelope(OrderPlaced.class, p -> p.intentId().equals(limit.payload().intentId()));
    }

    @Test
    void theOwnerSeesTheirOrdersNewestFirstWithEveryField() throws Exception {
        fillOneAndRestOne();

        mvc.perform(asUser(get("/api/orders").param("botId", bot.toString()), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].type").value("LIMIT"))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"))
                .andExpect(jsonPath("$.items[0].price").value("40000"))
                .andExpect(jsonPath("$.items[0].quantity").value("0.002"))
                .andExpect(jsonPath("$.items[0].botId").value(bot.toString()))
                .andExpect(jsonPath("$.items[0].symbol").value("BTCUSDT"))
                .andExpect(jsonPath("$.items[0].side").value("BUY"))
                .andExpect(jsonPath("$.items[0].clientOrderId").exists())
                .andExpect(jsonPath("$.items[0].placedAt").exists())
                .andExpect(jsonPath("$.items[1].type").value("MARKET"))
                .andExpect(jsonPath("$.items[1].status").value("FILLED"))
                .andExpect(jsonPath("$.items[1].fillPrice").value("60030"))
                .andExpect(jsonPath("$.items[1].fee").value("0.330165"))
                .andExpect(jsonPath("$.items[1].updatedAt").exists());
        mvc.perform(asUser(get("/api/executions").param("botId", bot.toString()), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].price").value("60030"))
                .andExpect(jsonPath("$.items[0].liquidity").value("TAKER"));
        mvc.perform(asUser(get("/api/positions"), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].side").value("LONG"))
                .andExpect(jsonPath("$.items[0].size").value("0.01"))
                .andExpect(jsonPath("$.items[0].entryPrice").value("60030"));
    }

    @Test
    void theOwnerPagesThroughTheirOrdersWithTheCursorOfEachPage() throws Exception {
        fillOneAndRestOne();

        String first = mvc.perform(asUser(get("/api/orders").param("botId", bot.toString()).param("limit", "1"), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].type").value("LIMIT"))
                .andExpect(jsonPath("$.next").isString())
                .andReturn().getResponse().getContentAsString();
        String next = JsonPath.read(first, "$.next");
        mvc.perform(asUser(get("/api/orders").param("botId", bot.toString()).param("limit", "1").param("cursor", next), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].type").value("MARKET"))
                .andExpect(jsonPath("$.next").isEmpty());
        // another user holding the owner's cursor learns nothing from it
        mvc.perform(asUser(get("/api/orders").param("cursor", next), UserId.random()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(asUser(get("/api/executions").param("botId", bot.toString()).param("limit", "1"), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.next").isEmpty());
        String positions = mvc.perform(asUser(get("/api/positions").param("botId", bot.toString()).param("limit", "1"), owner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        assertThat((Object) JsonPath.read(positions, "$.next")).isNull();
    }

    @Test
    void aBadLimitOrCursorIsABadRequestNamingIt() throws Exception {
        String notANumber = Base64.getUrlEncoder().withoutPadding().encodeToString("abc".getBytes(StandardCharsets.UTF_8));
        for (String path : new String[] {"/api/orders", "/api/executions", "/api/positions"}) {
            for (String limit : new String[] {"0", "501", "-1", "ten", "1e3", ""}) {
                mvc.perform(asUser(get(path).param("limit", limit), owner))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.field").value("limit"));
            }
            for (String cursor : new String[] {"%%%", notANumber, "", "////"}) {
                mvc.perform(asUser(get(path).param("cursor", cursor), owner))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.field").value("cursor"));
            }
        }
    }

    @Test
    void anotherUserSeesNoneOfThem() throws Exception {
        fillOneAndRestOne();
        UserId stranger = UserId.random();

        mvc.perform(asUser(get("/api/orders"), stranger))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(asUser(get("/api/executions"), stranger))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(asUser(get("/api/positions"), stranger))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void anotherUsersBotIsNotFoundOnEveryListAndNothingOfItIsShown() throws Exception {
        fillOneAndRestOne();
        UserId stranger = UserId.random();

        for (String path : new String[] {"/api/orders", "/api/executions", "/api/positions"}) {
            String body = mvc.perform(asUser(get(path).param("botId", bot.toString()), stranger))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.items").doesNotExist())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(path).doesNotContain("60030").doesNotContain("40000").doesNotContain(owner.toString());
        }
    }

    @Test
    void aStartedBotWithoutOrdersIsItsOwnersAndNobodyElses() throws Exception {
        BotId started = BotId.random();
        probe.publish(Envelope.originating(new BotStarted(started, owner, "quiet grid", BotKind.GRID, BTC, Money.of("1000"), 2,
                new GridSpec(Price.of("50000"), Price.of("60000"), 10, GridSpacing.ARITHMETIC)), now()));

        // the lifecycle topic is read asynchronously: until it is, the bot is nobody's here
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() ->
                mvc.perform(asUser(get("/api/orders").param("botId", started.toString()), owner))
                        .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0)));
        for (String path : new String[] {"/api/executions", "/api/positions"}) {
            mvc.perform(asUser(get(path).param("botId", started.toString()), owner))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        }
        for (String path : new String[] {"/api/orders", "/api/executions", "/api/positions"}) {
            mvc.perform(asUser(get(path).param("botId", started.toString()), UserId.random()))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(asUser(get(path).param("botId", BotId.random().toString()), owner))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void aMalformedBotIdIsABadRequestNamingBotId() throws Exception {
        for (String path : new String[] {"/api/orders", "/api/executions", "/api/positions"}) {
            for (String botId : new String[] {"not-a-uuid", "", " "}) {
                mvc.perform(asUser(get(path).param("botId", botId), owner))
                        .andExpect(status().isBadRequest())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.field").value("botId"));
            }
        }
    }

    @Test
    void aRequestWithoutTheCallerIsABadRequestNamingTheHeader() throws Exception {
        mvc.perform(get("/api/orders").header(GatewayHeaders.SECRET, SECRET))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(GatewayHeaders.USER_ID));
    }

    @Test
    void aBodyLargerThanTheServiceTakesIsRefusedWith413NotRead() throws Exception {
        mvc.perform(put("/api/keys").header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, owner.toString())
                        .contentType("application/json").content("{\"apiKey\":\"" + "k".repeat(300_000) + "\"}"))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(413));
    }

    @Test
    void aRequestThatDidNotComeThroughTheGatewayIsRefused() throws Exception {
        mvc.perform(get("/api/orders").header(GatewayHeaders.USER_ID, owner.toString()))
                .andExpect(status().isUnauthorized());
    }
}
