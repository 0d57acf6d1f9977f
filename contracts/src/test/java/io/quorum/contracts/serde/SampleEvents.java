package io.quorum.contracts.serde;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotCreated;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopRequested;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.bots.BotStopTriggered;
import io.quorum.contracts.bots.GridCycleCompleted;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.executions.BotHaltStalled;
import io.quorum.contracts.executions.BotOrdersCleared;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderCancelled;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.executions.OrderPlaced;
import io.quorum.contracts.executions.WalletBalanceObserved;
import io.quorum.contracts.executions.ForeignOrderDetected;
import io.quorum.contracts.executions.OrderRejectedByVenue;
import io.quorum.contracts.executions.PositionChanged;
import io.quorum.contracts.executions.PositionMismatchDetected;
import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.market.CandleClosed;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.market.BookLevel;
import io.quorum.contracts.market.OrderBookObserved;
import io.quorum.contracts.market.TickObserved;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.BotBudgetReleased;
import io.quorum.contracts.orders.BotTradingHalted;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.TwapSpec;
import io.quorum.contracts.orders.PositionProtectionRequested;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.orders.SlippageBasis;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.Confidence;
import io.quorum.contracts.signals.LlmBudgetExhausted;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.contracts.signals.VoterKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One realistic instance of every event type. */
final class SampleEvents {

    static final UserId USER = UserId.random();
    static final BotId BOT = BotId.random();
    static final IntentId INTENT = IntentId.derive("bot", "level-3", "buy", "1");
    static final Symbol BTC = Symbol.of("BTCUSDT");
    static final OrderSpec BUY = OrderSpec.limit(BTC, Side.BUY, Price.of("104200.1"), Quantity.of("0.012"), 3, false);
    static final OrderSpec PROTECTED_BUY = BUY.protectedBy(Price.of("102900"), Price.of("107000"));
    static final ClientOrderId LINK = ClientOrderId.forIntent(BOT, INTENT);
    static final OrderSpec MARKET_BUY = OrderSpec.market(BTC, Side.BUY, Quantity.of("1.2"), 2, false);
    static final OrderSpec TWAP_BUY = OrderSpec.market(BTC, Side.BUY, Quantity.of("1.5"), 2, false)
            .asTwap(new TwapSpec(600, 5));

    static final TrendSpec TREND = new TrendSpec(TemplateId.of("conservative-trend"), Interval.M15,
            List.of(Interval.M15, Interval.H1, Interval.H4), Percent.of("1"), Percent.of("20"),
            new TrendSpec.LeverageBounds(1, 3),
            new TrendSpec.DistanceBounds(Percent.of("1"), Percent.of("6"), Percent.of("3")),
            new TrendSpec.DistanceBounds(Percent.of("0.5"), Percent.of("3"), Percent.of("1.5")), Percent.of("-10"),
            TrendSpec.defaultThresholds(), List.of("ema-cross", "rsi-bands", "llm:default"));

    private SampleEvents() {
    }

    static SignalDecided decision() {
        return new SignalDecided(DecisionId.derive(BOT.toString(), "2025-05-30T16:45:00Z"), BOT, USER, BTC,
                Instant.parse("2025-05-30T16:45:00Z"), TradeAction.LONG, "LONG passed with 2 of 3 votes (2 needed)", false,
                List.of(CastVote.vote("ema-cross", VoterKind.TECHNICAL, TradeAction.LONG, Confidence.of("0.7"),
                                "EMA 9 crossed above EMA 21 at 104337.8; 1h EMA trend up"),
                        new CastVote("llm:default", VoterKind.LLM, TradeAction.LONG, null, Confidence.of("0.64"),
                                "higher lows on 1h, RSI 58", Price.of("107000"), Price.of("102900"), 5, false, false),
                        CastVote.abstain("rsi-bands", VoterKind.TECHNICAL, "NOT_ENOUGH_DATA: 10 of 15 candles")),
                Map.of(TradeAction.LONG, 2), Map.of(TradeAction.LONG, 2, TradeAction.SHORT, 2, TradeAction.CLOSE, 2,
                        TradeAction.DCA, 3, TradeAction.STOP_LOSS, 1), INTENT);
    }

    static List<Event> all() {
        return List.of(
                new TickObserved(BTC, Price.of("104217.5")),
                new CandleClosed(BTC, Interval.M15, Instant.parse("2025-05-30T16:45:00Z"), Price.of("104217.5"),
                        Price.of("104402.7"), Price.of("104200.0"), Price.of("104337.8"), Quantity.of("477.605")),
                new OrderBookObserved(BTC, List.of(new BookLevel(Price.of("104217.4"), Quantity.of("1.204")),
                        new BookLevel(Price.of("104217.3"), Quantity.of("0.5"))),
                        List.of(new BookLevel(Price.of("104217.5"), Quantity.of("0.831"))), 50),
                new BotCreated(BOT, USER, "BTC range grid", BotKind.GRID, BTC),
                new BotStarted(BOT, USER, "BTC range grid", BotKind.GRID, BTC, Money.of("1000"), 3,
                        new GridSpec(Price.of("100000"), Price.of("110000"), 20, GridSpacing.GEOMETRIC, Money.of("900"), Price.of("104000"),
                                Price.of("99000"), Price.of("111000"))),
                new BotStarted(BOT, USER, "BTC trend", BotKind.AI_TREND, BTC, Money.of("500"), 2, null, TREND),
                new BotStopRequested(BOT, USER, "stopped by the user"),
                new BotStopped(BOT, USER, "stopped by the user"),
                new BotStopTriggered(BOT, USER, "stop-loss 99000 crossed", Price.of("98990.5")),
                new GridCycleCompleted(BOT, USER, BTC, 4, Price.of("102000"), Price.of("102500"), Quantity.of("0.004"),
                        Money.of("1.5918"), 12),
                new OrderIntentCreated(INTENT, USER, BOT, BUY, 3),
                new OrderApproved(INTENT, USER, BOT, LINK, BUY, Money.of("417.49")),
                new OrderApproved(INTENT, USER, BOT, LINK, PROTECTED_BUY, Money.of("417.49")),
                new OrderApproved(INTENT, USER, BOT, LINK, TWAP_BUY, Money.of("78151.5")),
                new OrderApproved(INTENT, USER, BOT, LINK, BUY, Money.of("208.75"), Percent.of("0.082"),
                        Money.of("0.573"), new java.math.BigDecimal("0.5"), SlippageBasis.BOOK),
                new OrderApproved(INTENT, USER, BOT, LINK, BUY, Money.of("417.49"), null, Money.of("1.146"),
                        java.math.BigDecimal.ONE, SlippageBasis.NO_BOOK),
                new OrderApproved(INTENT, USER, BOT, LINK, MARKET_BUY, Money.of("62650.1"), Percent.of("0.31"),
                        Money.of("68.9"), java.math.BigDecimal.ONE, SlippageBasis.BOOK, true),
                new PositionProtectionRequested(USER, BOT, BTC, Price.of("103100"), null, "decision 2025-05-30T17:00:00Z"),
                new OrderRejected(INTENT, USER, BOT, BUY, "BudgetPolicy", "needs 417.49 USDT, 12.00 left"),
                new BotTradingHalted(USER, BOT),
                new BotBudgetReleased(USER, BOT, Money.of("1003.21")),
                new OrderPlaced(INTENT, USER, BOT, LINK, BUY, "paper"),
                new OrderPlaced(INTENT, USER, BOT, LINK, TWAP_BUY, "paper"),
                new OrderFilled(INTENT, USER, BOT, LINK, TWAP_BUY, Price.of("104210.3"), Quantity.of("0.3"), Quantity.of("1.2"),
                        Money.of("17.194699"), Liquidity.TAKER),
                new OrderFilled(INTENT, USER, BOT, LINK, BUY, Price.of("104200.1"), Quantity.of("0.012"), Quantity.ZERO,
                        Money.of("0.2500802"), Liquidity.MAKER),
                new OrderCancelled(INTENT, USER, BOT, LINK, BUY, Quantity.of("0.012"), "bot stopped"),
                new OrderRejectedByVenue(INTENT, USER, BOT, LINK, BUY, "no price yet for BTCUSDT"),
                new BotOrdersCleared(USER, BOT, 4),
                new BotHaltStalled(USER, BOT, 5, "Bybit did not answer in time"),
                new WalletBalanceObserved(USER, "bybit-demo", Money.of("10234.56"), Money.of("8120.5")),
                new ForeignOrderDetected(USER, "bybit", BTC, Side.SELL, Quantity.of("0.005"), Price.of("61000.5"),
                        "1321003749386327552", "", "open-orders"),
                new ForeignOrderDetected(USER, "bybit", BTC, Side.BUY, Quantity.of("0.002"), null,
                        "1321003749386327553", "my-script-7", "executions"),
                new PositionMismatchDetected(USER, "bybit", BTC, new BigDecimal("0.015"), new BigDecimal("0.01")),
                new PositionMismatchDetected(USER, "bybit", BTC, new BigDecimal("-0.002"), BigDecimal.ZERO),
                new PositionChanged(USER, BOT, BTC, PositionSide.LONG, Quantity.of("0.012"), Price.of("104200.1"), 3,
                        Money.of("-1.5"), Money.of("0.2500802")),
                new PositionChanged(USER, BOT, BTC, PositionSide.LONG, Quantity.of("0.012"), Price.of("104200.1"), 3,
                        Money.of("-1.5"), Money.of("0.2500802"), Price.of("102900"), Price.of("107000"),
                        "protection set: stop-loss 102900, take-profit 107000"),
                decision(),
                new LlmBudgetExhausted(USER, LocalDate.parse("2025-05-30"), 500, 498));
    }
}
