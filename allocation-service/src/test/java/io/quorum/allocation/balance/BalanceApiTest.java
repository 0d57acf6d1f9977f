package io.quorum.allocation.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.allocation.AllocationServiceTest;
import io.quorum.allocation.ledger.jdbc.BotOwners;
import io.quorum.contracts.bots.BotCreated;
import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Topics;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.testkit.EventProbe;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class BalanceApiTest extends AllocationServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BotOwners owners;

    final UserId user = UserId.random();

    @Test
    void aNewUserSeesThePaperStartingBalanceAllFree() throws Exception {
        mvc.perform(as(user, get("/api/balance"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.balance").value("10000"))
                .andExpect(jsonPath("$.equity").value("10000"))
                .andExpect(jsonPath("$.equitySource").value("paper"))
                .andExpect(jsonPath("$.reservedPool").value("0"))
                .andExpect(jsonPath("$.allocated").value("0"))
                .andExpect(jsonPath("$.free").value("10000"))
                .andExpect(jsonPath("$.bots").isEmpty());
    }

    @Test
    void showsEachRunningBotsBudgetAndWhatIsLeftFree() throws Exception {
        BotId bot = BotId.random();
        reserve(user, bot, "2500");

        mvc.perform(as(user, get("/api/balance"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.allocated").value("2500"))
                .andExpect(jsonPath("$.free").value("7500"))
                .andExpect(jsonPath("$.bots[0].botId").value(bot.toString()))
                .andExpect(jsonPath("$.bots[0].budget").value("2500"))
                .andExpect(jsonPath("$.bots[0].reserved").value("0"))
                .andExpect(jsonPath("$.bots[0].marginInUse").value("0"))
                .andExpect(jsonPath("$.bots[0].realizedPnl").value("0"))
                .andExpect(jsonPath("$.bots[0].fees").value("0"))
                .andExpect(jsonPath("$.bots[0].available").value("2500"))
                .andExpect(jsonPath("$.bots[0].status").value("RESERVED"));
    }

    @Test
    void aUserNeverSeesAnotherUsersBots() throws Exception {
        reserve(UserId.random(), BotId.random(), "2500");

        mvc.perform(as(user, get("/api/balance"))).andExpect(jsonPath("$.bots").isEmpty())
                .andExpect(jsonPath("$.free").value("10000"));
    }

    @Test
    void checkSaysWhetherABudgetWouldFit() throws Exception {
        reserve(user, BotId.random(), "9000");

        mvc.perform(as(user, post("/api/balance/check")).contentType(MediaType.APPLICATION_JSON).content("{\"amount\":\"1000\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(true))
                .andExpect(jsonPath("$.free").value("1000"))
                .andExpect(jsonPath("$.needed").value("1000"));
        mvc.perform(as(user, post("/api/balance/check")).contentType(MediaType.APPLICATION_JSON).content("{\"amount\":\"1000.01\"}"))
                .andExpect(jsonPath("$.fits").value(false));
    }

    @Test
    void checkAnswersNeededFreeAndAReasonInWords() throws Exception {
        reserve(user, BotId.random(), "9500");

        mvc.perform(check(user, "{\"amount\":\"600\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(false))
                .andExpect(jsonPath("$.needed").value("600"))
                .andExpect(jsonPath("$.free").value("500"))
                .andExpect(jsonPath("$.reason").value("does not fit: needs 600 USDT, 500 USDT free"));
        mvc.perform(check(user, "{\"amount\":\"500\"}"))
                .andExpect(jsonPath("$.fits").value(true))
                .andExpect(jsonPath("$.reason").value("fits: 500 USDT of 500 USDT free"));
    }

    @Test
    void checkForANamedBotCountsWhatThatBotHoldsAsFreeForIt() throws Exception {
        BotId bot = BotId.random();
        reserve(user, bot, "6000");
        reserve(user, BotId.random(), "3000");

        mvc.perform(check(user, "{\"amount\":\"7000\",\"botId\":\"" + bot + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(true))
                .andExpect(jsonPath("$.free").value("7000"));
        mvc.perform(check(user, "{\"amount\":\"7000\"}"))
                .andExpect(jsonPath("$.fits").value(false))
                .andExpect(jsonPath("$.free").value("1000"));
    }

    @Test
    void checkNamingAnotherUsersBotIsNotFoundAndShowsNothingOfIt() throws Exception {
        BotId budgeted = BotId.random();
        reserve(user, budgeted, "6000");
        BotId created = BotId.random();
        BotId ownNew = BotId.random();
        UserId stranger = UserId.random();
        try (EventProbe lifecycle = EventProbe.on(Topics.BOT_LIFECYCLE_NAME)) {
            // a bot created and never started: the allocation knows it only from BotCreated
            lifecycle.publish(Envelope.originating(new BotCreated(created, user, "never started", BotKind.GRID,
                    Symbol.of("BTCUSDT")), MARKET_TIME));
            lifecycle.publish(Envelope.originating(new BotCreated(ownNew, stranger, "the stranger's own", BotKind.GRID,
                    Symbol.of("BTCUSDT")), MARKET_TIME));
            await().atMost(Duration.ofSeconds(60)).until(() -> owners.ownerOf(created).isPresent()
                    && owners.ownerOf(ownNew).isPresent());
        }

        for (BotId bot : new BotId[] {budgeted, created}) {
            String body = mvc.perform(check(stranger, "{\"amount\":\"100\",\"botId\":\"" + bot + "\"}"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).doesNotContain("6000", "fits", "free", user.toString());
        }
        // the owner's own bots, budgeted or never started, are answered as before
        mvc.perform(check(user, "{\"amount\":\"7000\",\"botId\":\"" + budgeted + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.free").value("10000"));
        mvc.perform(check(user, "{\"amount\":\"100\",\"botId\":\"" + created + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.free").value("4000"));
        mvc.perform(check(stranger, "{\"amount\":\"100\",\"botId\":\"" + ownNew + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.free").value("10000"));
        // a bot not heard of at all may be the caller's own, created a moment ago: it holds nothing of theirs
        mvc.perform(check(stranger, "{\"amount\":\"10000.01\",\"botId\":\"" + BotId.random() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fits").value(false))
                .andExpect(jsonPath("$.free").value("10000"));
        // nothing of the owner's changed
        mvc.perform(as(user, get("/api/balance"))).andExpect(jsonPath("$.allocated").value("6000"))
                .andExpect(jsonPath("$.bots[0].botId").value(budgeted.toString()));
    }

    @Test
    void checkWithABadBotIdOrAmountIsA400NamingTheField() throws Exception {
        for (String body : new String[] {"{\"amount\":\"10\",\"botId\":\"bot-1\"}", "{\"amount\":\"-1\"}",
                "{\"amount\":\"0\"}", "{\"amount\":\"NaN\"}", "{\"amount\":\"1e400\"}", "{}"}) {
            mvc.perform(check(user, body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(body.contains("botId") ? "botId" : "amount"));
        }
    }

    @Test
    void theBudgetsAreListedPageByPageWithReleasedOnesToo() throws Exception {
        for (int i = 0; i < 3; i++) {
            reserve(user, BotId.random(), "100");
        }
        var first = mvc.perform(as(user, get("/api/balance/bots?limit=2"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.next").isString())
                .andReturn().getResponse().getContentAsString();
        String next = first.replaceAll(".*\"next\":\"([^\"]+)\".*", "$1");

        mvc.perform(as(user, get("/api/balance/bots?limit=2&cursor=" + next))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.next").isEmpty());
        mvc.perform(as(UserId.random(), get("/api/balance/bots"))).andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(as(user, get("/api/balance/bots?limit=0"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("limit"));
        mvc.perform(as(user, get("/api/balance/bots?limit=101"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("limit"));
        mvc.perform(as(user, get("/api/balance/bots?cursor=bm9wZQ"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cursor"));
        mvc.perform(as(user, get("/api/balance/bots?cursor="))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("cursor"));
    }

    private static MockHttpServletRequestBuilder check(UserId caller, String json) {
        return as(caller, post("/api/balance/check")).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void checkWithABadAmountIsA400NamingTheField() throws Exception {
        mvc.perform(as(user, post("/api/balance/check")).contentType(MediaType.APPLICATION_JSON).content("{\"amount\":\"lots\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
        mvc.perform(as(user, post("/api/balance/check")).contentType(MediaType.APPLICATION_JSON).content("{\"amount\":12"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aRequestWithoutTheCallerIsA400() throws Exception {
        mvc.perform(get("/api/balance").header(GatewayHeaders.SECRET, SECRET))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(GatewayHeaders.USER_ID));
    }

    private static MockHttpServletRequestBuilder as(UserId caller, MockHttpServletRequestBuilder request) {
        return request.header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, caller.toString());
    }
}
