package io.quorum.allocation.budgets;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.allocation.AllocationServiceTest;
import io.quorum.allocation.lifecycle.BotStops;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

class ReserveBudgetApiTest extends AllocationServiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BotStops stops;

    final UserId user = UserId.random();

    @Test
    void reservesABudgetThatFitsAndAnswersWithIt() throws Exception {
        BotId bot = BotId.random();

        reserve(bot, user, "\"1000\"").andExpect(status().isOk())
                .andExpect(jsonPath("$.botId").value(bot.toString()))
                .andExpect(jsonPath("$.amount").value("1000"));
    }

    @Test
    void reservingTheSameBotWithTheSameAmountAgainIsStillOk() throws Exception {
        BotId bot = BotId.random();
        reserve(bot, user, "\"2500.50\"").andExpect(status().isOk());

        reserve(bot, user, "\"2500.5\"").andExpect(status().isOk()).andExpect(jsonPath("$.amount").value("2500.5"));
    }

    @Test
    void rejectsStartWhenBudgetsWouldExceedBalanceWithNeededAndFree() throws Exception {
        reserve(BotId.random(), user, "\"9600\"").andExpect(status().isOk());

        reserve(BotId.random(), user, "\"1000\"").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Insufficient balance"))
                .andExpect(jsonPath("$.detail").value("needs 1000 USDT, 400 free"))
                .andExpect(jsonPath("$.needed").value("1000"))
                .andExpect(jsonPath("$.free").value("400"));
    }

    @Test
    void aBotThatIsStillStoppingCannotBeReservedAgain() throws Exception {
        BotId bot = BotId.random();
        reserve(bot, user, "\"1000\"").andExpect(status().isOk());
        stops.halt(Envelope.originating(new BotStopRequested(bot, user, "user asked"), MARKET_TIME));

        reserve(bot, user, "\"1000\"").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("bot is still stopping")));
    }

    @Test
    void aBotOfAnotherUserIsNotReservedForThisOne() throws Exception {
        BotId bot = BotId.random();
        reserve(bot, UserId.random(), "\"1000\"").andExpect(status().isOk());

        reserve(bot, user, "\"1000\"").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Bot belongs to another user"));
    }

    @Test
    void aBadAmountIsA400NamingTheField() throws Exception {
        for (String amount : new String[] {"\"-5\"", "\"0\"", "\"ten\"", "null", "\"1e40\"", "\"0.000000001\""}) {
            reserve(BotId.random(), user, amount).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.field").value("amount"));
        }
    }

    @Test
    void aBadUserIdOrBotIdIsA400NamingTheField() throws Exception {
        mvc.perform(post("/internal/budgets/{botId}/reserve", BotId.random()).header(GatewayHeaders.SECRET, SECRET)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"nobody\",\"amount\":\"10\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("userId"));
        mvc.perform(post("/internal/budgets/{botId}/reserve", "not-a-bot").header(GatewayHeaders.SECRET, SECRET)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"userId\":\"" + user + "\",\"amount\":\"10\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("botId"));
    }

    @Test
    void requestsWithoutTheGatewaySecretAreRefused() throws Exception {
        mvc.perform(post("/internal/budgets/{botId}/reserve", BotId.random()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":\"" + user + "\",\"amount\":\"10\"}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions reserve(BotId bot, UserId owner, String amountJson) throws Exception {
        return mvc.perform(post("/internal/budgets/{botId}/reserve", bot).header(GatewayHeaders.SECRET, SECRET)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"" + owner + "\",\"amount\":" + amountJson + "}"));
    }
}
