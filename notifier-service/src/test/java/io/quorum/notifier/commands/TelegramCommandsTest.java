package io.quorum.notifier.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.NotifierScenarioTest;
import io.quorum.testkit.FakeTelegram;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commands written to a user's own Telegram bot, end to end: the local Telegram Bot API fake holds the updates the
 * notifier long-polls, the notifier acts through the fake registry and allocation as that user, and answers in the
 * linked chat. The scenario settings point the command polling at {@link NotifierScenarioTest#TELEGRAM_API}.
 */
class TelegramCommandsTest extends NotifierScenarioTest {

    private static final FakeTelegram API = TELEGRAM_API;

    private List<String> answersTo(String token, long chat) {
        return API.sentTo(token, chat).stream().map(FakeTelegram.Sent::text).toList();
    }

    private String awaitAnswer(String token, long chat, int count) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> answersTo(token, chat), a -> a.size() >= count)
                .get(count - 1);
    }

    @Test
    void statusBotsStopStartAndBalanceAnsweredInTheLinkedChatAsThatUser() throws Exception {
        UserId user = UserId.random();
        long chat = 500_000_000L + (user.value().getLeastSignificantBits() & 0xffffff);
        String token = "424242:cmd-" + user.value().toString().substring(0, 8);
        API.registerBot(token);
        BotId grid = PLATFORM.addBot(user, "BTC grid", "RUNNING");
        PLATFORM.addBot(user, "ETH trend", "STOPPED");
        BotId someoneElses = PLATFORM.addBot(UserId.random(), "Other grid", "RUNNING");
        putSettings(user, """
                {"telegram":{"botToken":"%s","chatId":"%d","enabled":true}}""".formatted(token, chat));

        API.userWrites(token, chat, "/status");
        assertThat(awaitAnswer(token, chat, 1)).isEqualTo("2 bots: 1 running, 1 stopped.");

        API.userWrites(token, chat, "/bots");
        assertThat(awaitAnswer(token, chat, 2)).startsWith("Your bots:\n• BTC grid (BTCUSDT) RUNNING — ")
                .contains("• ETH trend (BTCUSDT) STOPPED — ").doesNotContain("Other grid");

        API.userWrites(token, chat, "/stop btc grid");
        assertThat(awaitAnswer(token, chat, 3)).startsWith("Bot \"BTC grid\" is STOPPING");
        assertThat(PLATFORM.statusOf(grid)).isEqualTo("STOPPING");

        API.userWrites(token, chat, "/start " + someoneElses.toString().substring(0, 8));
        assertThat(awaitAnswer(token, chat, 4)).isEqualTo("You have no bot \"" + someoneElses.toString().substring(0, 8)
                + "\". /bots lists them.");
        assertThat(PLATFORM.statusOf(someoneElses)).isEqualTo("RUNNING");

        API.userWrites(token, chat, "/balance");
        assertThat(awaitAnswer(token, chat, 5))
                .isEqualTo("Balance 10000 USDT: 1500 allocated to bots, 8500 free; equity 10012.5 USDT.");

        API.userWrites(token, chat, "/start ETH trend");
        assertThat(awaitAnswer(token, chat, 6)).isEqualTo("Bot \"ETH trend\" is RUNNING.");

        // the commands asked as this user, with the gateway secret
        assertThat(PLATFORM.calls()).filteredOn(call -> call.path().contains(grid.toString())).isNotEmpty()
                .allSatisfy(call -> {
                    assertThat(call.userId()).isEqualTo(user.toString());
                    assertThat(call.secret()).isEqualTo(SECRET);
                });
    }

    @Test
    void aMessageFromAnotherChatIsIgnoredAndARefusalIsPassedOn() throws Exception {
        UserId user = UserId.random();
        long chat = 600_000_000L + (user.value().getLeastSignificantBits() & 0xffffff);
        long stranger = chat + 1;
        String token = "434343:cmd-" + user.value().toString().substring(0, 8);
        API.registerBot(token);
        BotId grid = PLATFORM.addBot(user, "BTC grid", "RUNNING");
        putSettings(user, """
                {"telegram":{"botToken":"%s","chatId":"%d","enabled":true}}""".formatted(token, chat));

        API.userWrites(token, stranger, "/stop BTC grid");
        API.userWrites(token, chat, "/start BTC grid");

        assertThat(awaitAnswer(token, chat, 1)).isEqualTo("Could not start the bot: bot " + grid + " is RUNNING.");
        assertThat(API.sentTo(token, stranger)).as("the stranger gets no answer").isEmpty();
        assertThat(PLATFORM.statusOf(grid)).as("the stranger's /stop did nothing").isEqualTo("RUNNING");
    }

    @Test
    void eachCommandIsAnsweredOnceAndConfirmed() throws Exception {
        UserId user = UserId.random();
        long chat = 700_000_000L + (user.value().getLeastSignificantBits() & 0xffffff);
        String token = "444444:cmd-" + user.value().toString().substring(0, 8);
        API.registerBot(token);
        PLATFORM.addBot(user, "BTC grid", "STOPPED");
        putSettings(user, """
                {"telegram":{"botToken":"%s","chatId":"%d","enabled":true}}""".formatted(token, chat));

        long first = API.userWrites(token, chat, "/status");
        awaitAnswer(token, chat, 1);
        API.userWrites(token, chat, "/bots");

        awaitAnswer(token, chat, 2);
        assertThat(answersTo(token, chat)).hasSize(2).first().isEqualTo("1 bot: 1 stopped.");
        // the poll after the first command confirmed it: the offset moved past its update
        assertThat(API.offsetsAsked(token)).contains(first + 1);
    }

    /**
     * Linking another chat restarts the user's poller; the new one resumes from the stored offset (it never asks from
     * 0 again, which would hand it every update Telegram still holds), and answers in the new chat only.
     */
    @Test
    void aNewPollerResumesFromTheStoredOffset() throws Exception {
        UserId user = UserId.random();
        long chat = 800_000_000L + (user.value().getLeastSignificantBits() & 0xffffff);
        long newChat = chat + 7;
        String token = "454545:cmd-" + user.value().toString().substring(0, 8);
        API.registerBot(token);
        PLATFORM.addBot(user, "BTC grid", "STOPPED");
        putSettings(user, """
                {"telegram":{"botToken":"%s","chatId":"%d","enabled":true}}""".formatted(token, chat));
        API.userWrites(token, chat, "/status");
        awaitAnswer(token, chat, 1);

        putSettings(user, """
                {"telegram":{"botToken":"%s","chatId":"%d","enabled":true}}""".formatted(token, newChat));
        API.userWrites(token, newChat, "/balance");

        assertThat(awaitAnswer(token, newChat, 1)).startsWith("Balance 10000 USDT");
        assertThat(answersTo(token, chat)).as("the old chat heard nothing more").hasSize(1);
        assertThat(API.offsetsAsked(token)).as("only the very first poll asked from the start")
                .filteredOn(offset -> offset == 0L).hasSize(1);
    }
}
