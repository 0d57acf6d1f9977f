package io.quorum.notifier.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelegramCommandsAnswersTest {

    private static final UserId USER = UserId.random();
    private static final BotId GRID = BotId.of("a1b2c3d4-0000-4000-8000-000000000001");
    private static final BotId TWIN_1 = BotId.of("b1b2c3d4-0000-4000-8000-000000000002");
    private static final BotId TWIN_2 = BotId.of("c1b2c3d4-0000-4000-8000-000000000003");

    private final List<String> actions = new ArrayList<>();
    private boolean down;

    private final Platform platform = new Platform() {
        @Override
        public List<Bot> bots(UserId user) {
            if (down) {
                throw new Unavailable("HTTP 503");
            }
            return List.of(new Bot(GRID, "BTC grid", "BTCUSDT", "STOPPED"), new Bot(TWIN_1, "Twin", "ETHUSDT", "RUNNING"),
                    new Bot(TWIN_2, "twin", "ETHUSDT", "STOPPED"));
        }

        @Override
        public Bot start(UserId user, BotId bot) {
            actions.add("start " + bot);
            return new Bot(bot, "BTC grid", "BTCUSDT", "RUNNING");
        }

        @Override
        public Bot stop(UserId user, BotId bot) {
            actions.add("stop " + bot);
            throw new Refused("Could not stop the bot: bot " + bot + " is STOPPED.");
        }

        @Override
        public Balance balance(UserId user) {
            return new Balance("100", "0", "100", null);
        }
    };

    private final TelegramCommands commands = new TelegramCommands(platform);

    @Test
    void aBotIsFoundByIdByIdPrefixOrByName() {
        assertThat(commands.answer(USER, "/start a1b2c3d4")).isEqualTo("Bot \"BTC grid\" is RUNNING.");
        assertThat(commands.answer(USER, "/start " + GRID)).isEqualTo("Bot \"BTC grid\" is RUNNING.");
        assertThat(commands.answer(USER, "/start@QuorumBot  btc GRID ")).isEqualTo("Bot \"BTC grid\" is RUNNING.");
        assertThat(actions).containsExactly("start " + GRID, "start " + GRID, "start " + GRID);
    }

    @Test
    void aNameTwoBotsShareAsksForTheIdAndAShortPrefixOrNothingFindsNothing() {
        assertThat(commands.answer(USER, "/stop twin")).isEqualTo("\"twin\" names 2 bots; use its id: b1b2c3d4, c1b2c3d4");
        assertThat(commands.answer(USER, "/stop a1b2")).isEqualTo("You have no bot \"a1b2\". /bots lists them.");
        assertThat(commands.answer(USER, "/stop")).isEqualTo("Which bot? /stop <bot name or id>");
        assertThat(actions).isEmpty();
    }

    @Test
    void refusalsAndOutagesAreToldAndAnythingElseGetsTheHelp() {
        assertThat(commands.answer(USER, "/stop BTC grid")).isEqualTo("Could not stop the bot: bot " + GRID + " is STOPPED.");
        assertThat(commands.answer(USER, "hello")).isEqualTo(TelegramCommands.HELP);
        assertThat(commands.answer(USER, "/balance")).isEqualTo("Balance 100 USDT: 0 allocated to bots, 100 free.");
        assertThat(commands.answer(USER, "/status")).isEqualTo("3 bots: 1 running, 2 stopped.");
        down = true;
        assertThat(commands.answer(USER, "/bots"))
                .isEqualTo("Quorum cannot answer that right now (HTTP 503); try again in a moment.");
    }
}
