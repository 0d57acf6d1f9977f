package io.quorum.execution.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.execution.positions.Position;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloseIntentTest {

    private final UserId user = UserId.random();
    private final BotId bot = BotId.random();
    private final Envelope<BotTradingHalted> halt = Envelope.originating(new BotTradingHalted(user, bot), Instant.EPOCH);

    @Test
    void theFirstPositionIsClosedUnderTheAgreedIntentId() {
        IntentId agreed = IntentId.derive(bot.toString(), "stop-close", halt.eventId().toString());

        assertThat(BotHalts.closeIntent(halt, Position.flat(user, bot, Symbol.of("BTCUSDT")), 0)).isEqualTo(agreed);
    }

    @Test
    void aSecondSymbolGetsItsOwnIntentAndTheSameHaltAlwaysGivesTheSameIds() {
        Position eth = Position.flat(user, bot, Symbol.of("ETHUSDT"));

        IntentId second = BotHalts.closeIntent(halt, eth, 1);

        assertThat(second).isNotEqualTo(BotHalts.closeIntent(halt, eth, 0));
        assertThat(second).isEqualTo(BotHalts.closeIntent(halt, eth, 1));
    }
}
