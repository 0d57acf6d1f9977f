package io.quorum.notifier.notification;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotHaltStalled;
import io.quorum.contracts.executions.ForeignOrderDetected;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.notifier.SampleEvents;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final UserId USER = UserId.random();
    private static final BotId BOT = BotId.random();
    private static final Function<BotId, Optional<String>> KNOWN = bot -> Optional.of(SampleEvents.BOT_NAME);
    private static final Function<BotId, Optional<String>> UNKNOWN = bot -> Optional.empty();

    private final Messages messages = new Messages(MessageTemplates.fromClasspath(getClass().getClassLoader()));

    private String textOf(Envelope<?> envelope, Function<BotId, Optional<String>> names) {
        return messages.describe(envelope, names).orElseThrow().text();
    }

    @Test
    void describesEachEventUsersAreToldAbout() {
        assertThat(textOf(at(SampleEvents.started(USER, BOT), 0), UNKNOWN)).isEqualTo(SampleEvents.STARTED_TEXT);
        assertThat(textOf(at(SampleEvents.filled(USER, BOT), 0), KNOWN)).isEqualTo(SampleEvents.FILLED_TEXT);
        assertThat(textOf(at(SampleEvents.rejected(USER, BOT), 0), KNOWN)).isEqualTo(SampleEvents.REJECTED_TEXT);
        assertThat(textOf(at(SampleEvents.stopped(USER, BOT), 0), KNOWN)).isEqualTo(SampleEvents.STOPPED_TEXT);
    }

    @Test
    void aSpentLlmBudgetIsNewsForTheUserNamingTheDayAndTheBudget() {
        var envelope = at(new LlmBudgetExhausted(USER, LocalDate.parse("2025-06-21"), 2, 2), 0);

        Notification notification = messages.describe(envelope, UNKNOWN).orElseThrow();

        assertThat(notification.kind()).isEqualTo(NotificationKind.LLM_BUDGET_EXHAUSTED);
        assertThat(notification.botId()).isNull();
        assertThat(notification.text()).isEqualTo(LlmBudgetNoticeTest.TEXT);
        assertThat(Messages.isNotifiable(envelope.payload())).isTrue();
    }

    @Test
    void aHaltTheVenueCouldNotConfirmTellsTheUserTheBotIsNotStoppedYet() {
        var envelope = at(new BotHaltStalled(USER, BOT, 5, "Bybit did not answer in time"), 0);

        Notification notification = messages.describe(envelope, KNOWN).orElseThrow();

        assertThat(Messages.isNotifiable(envelope.payload())).isTrue();
        assertThat(notification.kind()).isEqualTo(NotificationKind.BOT_HALT_STALLED);
        assertThat(notification.botId()).isEqualTo(BOT);
        assertThat(notification.text()).isEqualTo("Bot \"" + SampleEvents.BOT_NAME + "\" is not stopped yet: after 5 tries the "
                + "exchange still has its orders or position (Bybit did not answer in time). Quorum keeps trying; check the "
                + "bot's orders and position on the exchange.");
    }

    @Test
    void theNotificationCarriesTheEventsIdsAndTime() {
        var envelope = at(SampleEvents.filled(USER, BOT), 3);

        Notification notification = messages.describe(envelope, KNOWN).orElseThrow();

        assertThat(notification.eventId()).isEqualTo(envelope.eventId());
        assertThat(notification.userId()).isEqualTo(USER);
        assertThat(notification.botId()).isEqualTo(BOT);
        assertThat(notification.kind()).isEqualTo(NotificationKind.ORDER_FILLED);
        assertThat(notification.occurredAt()).isEqualTo(envelope.occurredAt());
    }

    @Test
    void aBotWhoseStartWasNotSeenIsNamedByItsId() {
        assertThat(textOf(at(SampleEvents.stopped(USER, BOT), 0), UNKNOWN))
                .startsWith("Bot \"bot " + BOT.value().toString().substring(0, 8) + "\" stopped");
    }

    @Test
    void aPartialFillSaysWhatIsStillOpenAndMoneyIsPlainDecimals() {
        IntentId intent = IntentId.random();
        OrderSpec sell = OrderSpec.limit(SampleEvents.BTC, Side.SELL, Price.of("1E+5"), Quantity.of("0.30"), 1, true);
        var partial = new OrderFilled(intent, USER, BOT, ClientOrderId.forIntent(BOT, intent), sell, Price.of("1E+5"),
                Quantity.of("0.1"), Quantity.of("0.2"), Money.of("0.0000055E+6"), Liquidity.TAKER);

        assertThat(textOf(at(partial, 0), KNOWN)).isEqualTo("Bot \"BTC range grid\" sold 0.1 BTCUSDT at 100000 USDT "
                + "(notional 10000 USDT, fee 5.5 USDT); 0.2 still open.");
    }

    @Test
    void aRejectedLimitOrderShowsItsPrice() {
        OrderSpec buy = OrderSpec.limit(SampleEvents.BTC, Side.BUY, Price.of("61000"), Quantity.of("0.01"), 2, false);
        var rejected = new OrderRejected(IntentId.random(), USER, BOT, buy, "BotRunningPolicy", "the bot is stopping");

        assertThat(textOf(at(rejected, 0), KNOWN)).isEqualTo("Bot \"BTC range grid\" could not buy 0.01 BTCUSDT "
                + "at 61000 USDT: rejected by BotRunningPolicy: the bot is stopping");
    }

    @Test
    void anOrderTheVenueRefusedIsToldWithTheVenuesReason() {
        OrderSpec buy = OrderSpec.limit(SampleEvents.BTC, Side.BUY, Price.of("61000"), Quantity.of("0.01"), 2, false);
        IntentId intent = IntentId.random();
        var refused = new OrderRejectedByVenue(intent, USER, BOT, ClientOrderId.forIntent(BOT, intent), buy,
                "insufficient balance on Bybit: Bybit refused: 110007 ab not enough for new order");

        Notification notification = messages.describe(at(refused, 0), KNOWN).orElseThrow();

        assertThat(notification.kind()).isEqualTo(NotificationKind.ORDER_VENUE_REJECTED);
        assertThat(notification.botId()).isEqualTo(BOT);
        assertThat(notification.text()).isEqualTo("Bot \"BTC range grid\" could not buy 0.01 BTCUSDT at 61000 USDT: "
                + "the venue refused it: insufficient balance on Bybit: Bybit refused: 110007 ab not enough for new order");
    }

    @Test
    void anOrderQuorumDidNotPlaceIsToldToTheUserWithoutABot() {
        var foreign = new ForeignOrderDetected(USER, "bybit", SampleEvents.BTC, Side.SELL, Quantity.of("0.005"),
                Price.of("65000"), "1321003749386327552", "", "open-orders");
        var market = new ForeignOrderDetected(USER, "bybit", SampleEvents.BTC, Side.BUY, Quantity.of("0.002"), null,
                "1321003749386327553", "my-script-7", "executions");

        Notification notification = messages.describe(at(foreign, 0), UNKNOWN).orElseThrow();

        assertThat(notification.kind()).isEqualTo(NotificationKind.FOREIGN_ORDER);
        assertThat(notification.botId()).isNull();
        assertThat(notification.text()).isEqualTo("An order Quorum did not place is on your bybit account: sell 0.005 BTCUSDT "
                + "at 65000 USDT (venue order 1321003749386327552, orderLinkId none), found among the open orders. Quorum "
                + "leaves it alone and never cancels it; your bots' positions there may no longer add up to the account's.");
        assertThat(textOf(at(market, 0), UNKNOWN)).contains("buy 0.002 BTCUSDT at market")
                .contains("orderLinkId my-script-7").contains("found among the executions");
    }

    @Test
    void otherEventsSayNothing() {
        var halted = at(new BotTradingHalted(USER, BOT), 0);

        assertThat(Messages.isNotifiable(halted.payload())).isFalse();
        assertThat(messages.describe(halted, KNOWN)).isEmpty();
        assertThat(Messages.isNotifiable(SampleEvents.filled(USER, BOT))).isTrue();
    }
}
