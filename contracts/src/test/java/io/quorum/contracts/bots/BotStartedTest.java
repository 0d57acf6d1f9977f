package io.quorum.contracts.bots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.serde.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BotStartedTest {

    private static final BotId BOT = BotId.of("0b0d4c6e-7f43-4bd4-9a3b-1f4c2b6a9e01");
    private static final UserId USER = UserId.of("5a2f1e90-3c1d-4f7e-8a6b-2d9c0e4f1a23");
    private static final GridSpec GRID = new GridSpec(Price.of("100000"), Price.of("110000"), 20, GridSpacing.ARITHMETIC);

    @Test
    void aGridBotStartedBeforeTrendBotsExistedStillReads() {
        String before = """
                {"type":"bot.started.v1","eventId":"00000000-0000-0000-0000-000000000001",
                 "occurredAt":"2025-05-30T16:45:00Z","causationId":null,"correlationId":"00000000-0000-0000-0000-000000000002",
                 "payload":{"botId":"%s","userId":"%s","name":"grid","kind":"GRID","symbol":"BTCUSDT","budget":"1000",
                 "leverage":2,"grid":{"lower":"100000","upper":"110000","gridCount":20,"spacing":"ARITHMETIC",
                 "investment":null,"triggerPrice":null,"stopLossPrice":null,"takeProfitPrice":null}}}"""
                .formatted(BOT, USER);

        BotStarted read = (BotStarted) EventJson.read(before.getBytes(StandardCharsets.UTF_8)).payload();

        assertThat(read).isEqualTo(new BotStarted(BOT, USER, "grid", BotKind.GRID, Symbol.of("BTCUSDT"), Money.of("1000"), 2, GRID));
        assertThat(read.trend()).isNull();
    }

    @Test
    void aGridBotWritesNoTrendField() {
        var started = new BotStarted(BOT, USER, "grid", BotKind.GRID, Symbol.of("BTCUSDT"), Money.of("1000"), 2, GRID);

        String json = new String(EventJson.write(Envelope.originating(started, Instant.EPOCH)), StandardCharsets.UTF_8);

        assertThat(json).doesNotContain("trend");
    }

    @Test
    void anAiTrendBotNeedsItsTrendAndAGridBotCarriesNone() {
        assertThatThrownBy(() -> new BotStarted(BOT, USER, "ai", BotKind.AI_TREND, Symbol.of("BTCUSDT"), Money.of("500"), 2, null))
                .hasMessageContaining("needs its trend settings");
        assertThatThrownBy(() -> new BotStarted(BOT, USER, "grid", BotKind.GRID, Symbol.of("BTCUSDT"), Money.of("500"), 2, GRID,
                TrendSpecTest.valid())).hasMessageContaining("only an AI trend bot");
    }

    @Test
    void anAiTrendBotsLeverageLiesWithinItsTemplatesBounds() {
        assertThatThrownBy(() -> new BotStarted(BOT, USER, "ai", BotKind.AI_TREND, Symbol.of("BTCUSDT"), Money.of("500"), 5, null,
                TrendSpecTest.valid())).hasMessageContaining("outside the template's bounds 1-3");
    }
}
