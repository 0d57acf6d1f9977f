package io.quorum.notifier.notification;

import static io.quorum.notifier.SampleEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.GridCycleCompleted;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.executions.BotHaltStalled;
import io.quorum.contracts.executions.ForeignOrderDetected;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionMismatchDetected;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.DecisionId;
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
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.Confidence;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.contracts.signals.VoterKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    private static SignalDecided decided(TradeAction action, IntentId intent) {
        Map<TradeAction, Integer> tally = action == TradeAction.HOLD ? Map.of() : Map.of(action, 2);
        return new SignalDecided(DecisionId.derive(BOT.toString(), "2026-03-02T09:00:00Z"), BOT, USER, SampleEvents.BTC,
                Instant.parse("2026-03-02T09:00:00Z"), action, action + " passed with 2 of 3 votes (2 needed)", false,
                List.of(CastVote.vote("ema-cross", VoterKind.TECHNICAL, action == TradeAction.HOLD ? TradeAction.LONG : action,
                                Confidence.of("0.70"), "EMA 9 crossed above EMA 21"),
                        CastVote.vote("llm:default", VoterKind.LLM, action == TradeAction.HOLD ? TradeAction.SHORT : action,
                                Confidence.of("0.64"), "higher lows on 1h"),
                        CastVote.abstain("rsi-bands", VoterKind.TECHNICAL, "NOT_ENOUGH_DATA: 10 of 15 candles")),
                tally, Map.of(TradeAction.LONG, 2, TradeAction.SHORT, 2, TradeAction.CLOSE, 2, TradeAction.DCA, 2,
                        TradeAction.STOP_LOSS, 2), action == TradeAction.HOLD ? null : intent);
    }

    @Test
    void aConsensusDecisionIsToldWithEveryVoteAndTheTally() {
        IntentId intent = IntentId.random();
        Notification notification = messages.describe(at(decided(TradeAction.LONG, intent), 0), KNOWN).orElseThrow();

        assertThat(notification.kind()).isEqualTo(NotificationKind.CONSENSUS_DECISION);
        assertThat(notification.botId()).isEqualTo(BOT);
        assertThat(notification.text()).isEqualTo("Bot \"BTC range grid\" decided LONG on BTCUSDT (candle closed "
                + "2026-03-02T09:00:00Z): LONG passed with 2 of 3 votes (2 needed). Votes: ema-cross LONG at confidence 0.7 "
                + "(EMA 9 crossed above EMA 21); llm:default LONG at confidence 0.64 (higher lows on 1h); rsi-bands abstained "
                + "(NOT_ENOUGH_DATA: 10 of 15 candles). Tally: LONG 2 of 3 (2 needed). An order was requested (intent "
                + intent + ").");
    }

    @Test
    void anAiStopLossAndADcaAreTheirOwnKindsAndAHoldIsNotNews() {
        Notification stop = messages.describe(at(decided(TradeAction.STOP_LOSS, IntentId.random()), 0), KNOWN).orElseThrow();
        IntentId dcaIntent = IntentId.random();
        Notification dca = messages.describe(at(decided(TradeAction.DCA, dcaIntent), 0), KNOWN).orElseThrow();
        var hold = at(decided(TradeAction.HOLD, null), 0);

        assertThat(stop.kind()).isEqualTo(NotificationKind.AI_STOP_LOSS);
        assertThat(stop.text()).startsWith("Bot \"BTC range grid\" triggered its stop-loss on BTCUSDT: the voters asked "
                + "to close the position at once (STOP_LOSS passed with 2 of 3 votes (2 needed)). Votes: ema-cross STOP_LOSS");
        assertThat(dca.kind()).isEqualTo(NotificationKind.DCA_EXECUTED);
        assertThat(dca.text()).startsWith("Bot \"BTC range grid\" is adding to its BTCUSDT position (DCA): DCA passed")
                .endsWith("An order was requested (intent " + dcaIntent + ").");
        assertThat(Messages.isNotifiable(hold.payload())).isFalse();
        assertThat(messages.describe(hold, KNOWN)).isEmpty();
    }

    @Test
    void aGridsStopLossIsAStopTriggeredAndARefusedKeyIsABotThatErrored() {
        var stopLoss = at(new BotStopTriggered(BOT, USER, "stop-loss 60000 reached at 59990.5", Price.of("59990.5")), 0);
        var refused = at(new BotStopTriggered(BOT, USER, "Bybit refused the account's API key, the bot stops: "
                + "10003 API key is invalid", Price.of("62000")), 0);

        Notification stop = messages.describe(stopLoss, KNOWN).orElseThrow();
        Notification errored = messages.describe(refused, KNOWN).orElseThrow();

        assertThat(stop.kind()).isEqualTo(NotificationKind.STOP_TRIGGERED);
        assertThat(stop.text()).isEqualTo("Bot \"BTC range grid\" hit its exit: stop-loss 60000 reached at 59990.5 (price "
                + "59990.5 USDT). Quorum is stopping it: its orders are cancelled and its position closed at market.");
        assertThat(errored.kind()).isEqualTo(NotificationKind.BOT_ERRORED);
        assertThat(errored.text()).isEqualTo("Bot \"BTC range grid\" stopped on an error: Bybit refused the account's API "
                + "key, the bot stops: 10003 API key is invalid. Fix the cause (for a refused key: a valid Bybit API key "
                + "with trading rights) before starting it again.");
    }

    @Test
    void aPositionUpdateSaysSizeEntryPnlAndProtection() {
        var open = at(new PositionChanged(USER, BOT, SampleEvents.BTC, PositionSide.LONG, Quantity.of("0.004"),
                Price.of("62000.5"), 3, Money.of("12.5"), Money.of("0.1"), Price.of("60000"), null,
                "protection moved"), 0);
        var flat = at(new PositionChanged(USER, BOT, SampleEvents.BTC, PositionSide.FLAT, Quantity.ZERO, null, 3,
                Money.of("-4.25"), Money.of("0.2")), 0);

        assertThat(textOf(open, KNOWN)).isEqualTo("Bot \"BTC range grid\" position on BTCUSDT: long 0.004 at an entry of "
                + "62000.5 USDT at 3x; realized PnL 12.5 USDT, fees paid 0.1 USDT; stop-loss 60000 USDT, take-profit none. "
                + "Why: protection moved.");
        assertThat(textOf(flat, KNOWN)).isEqualTo("Bot \"BTC range grid\" position on BTCUSDT: flat at 3x; realized PnL "
                + "-4.25 USDT, fees paid 0.2 USDT; no stop-loss or take-profit.");
        assertThat(messages.describe(flat, KNOWN).orElseThrow().kind()).isEqualTo(NotificationKind.POSITION_CHANGED);
    }

    @Test
    void aCompletedGridCycleSaysItsPricesQuantityAndProfit() {
        var cycle = at(new GridCycleCompleted(BOT, USER, SampleEvents.BTC, 3, Price.of("63000"), Price.of("64000"),
                Quantity.of("0.008"), Money.of("7.8064"), 12), 0);

        Notification notification = messages.describe(cycle, KNOWN).orElseThrow();

        assertThat(notification.kind()).isEqualTo(NotificationKind.GRID_CYCLE_COMPLETED);
        assertThat(notification.text()).isEqualTo("Bot \"BTC range grid\" completed a grid cycle at level 3: bought 0.008 "
                + "BTCUSDT at 63000 USDT and sold it at 64000 USDT for a profit of 7.8064 USDT after fees (12 cycles so far).");
    }

    @Test
    void aPositionMismatchIsNewsForTheUserWithoutABot() {
        var mismatch = at(new PositionMismatchDetected(USER, "bybit", SampleEvents.BTC, new BigDecimal("0.010"),
                new BigDecimal("-0.004")), 0);

        Notification notification = messages.describe(mismatch, UNKNOWN).orElseThrow();

        assertThat(notification.kind()).isEqualTo(NotificationKind.POSITION_MISMATCH);
        assertThat(notification.botId()).isNull();
        assertThat(notification.text()).isEqualTo("Your bybit position on BTCUSDT does not match your bots': the exchange "
                + "holds 0.010, your bots together -0.004 (long positive, short negative). Quorum does not trade or change "
                + "a bot to fix it; check the position on the exchange.");
    }

    @Test
    void otherEventsSayNothing() {
        var halted = at(new BotTradingHalted(USER, BOT), 0);

        assertThat(Messages.isNotifiable(halted.payload())).isFalse();
        assertThat(messages.describe(halted, KNOWN)).isEmpty();
        assertThat(Messages.isNotifiable(SampleEvents.filled(USER, BOT))).isTrue();
    }
}
