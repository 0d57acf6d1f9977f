package io.quorum.notifier;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.BotStarted;
import io.quorum.contracts.bots.BotStopped;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.event.Event;
import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderRejected;
import io.quorum.contracts.orders.OrderSpec;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.ids.DecisionId;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.Confidence;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.contracts.signals.TradeAction;
import io.quorum.contracts.signals.VoterKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realistic events of one user's grid bot, and the texts the notifier should send for them. */
public final class SampleEvents {

    public static final Symbol BTC = Symbol.of("BTCUSDT");
    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    public static final String BOT_NAME = "BTC range grid";

    public static final String STARTED_TEXT =
            "Bot \"BTC range grid\" started: grid bot on BTCUSDT with a budget of 1000 USDT at 3x leverage.";
    public static final String FILLED_TEXT = "Bot \"BTC range grid\" bought 0.002 BTCUSDT at 62000.5 USDT "
            + "(notional 124.001 USDT, fee 0.0248002 USDT); order complete.";
    public static final String REJECTED_TEXT = "Bot \"BTC range grid\" could not sell 0.5 BTCUSDT at market: "
            + "rejected by BudgetPolicy: needs 31000.25 USDT, 1000 free";
    public static final String STOPPED_TEXT = "Bot \"BTC range grid\" stopped: stopped by the user. "
            + "Its orders are cancelled and its budget is free again.";

    private SampleEvents() {
    }

    public static BotStarted started(UserId user, BotId bot) {
        return new BotStarted(bot, user, BOT_NAME, BotKind.GRID, BTC, Money.of("1000.00"), 3,
                new GridSpec(Price.of("60000"), Price.of("70000"), 10, GridSpacing.ARITHMETIC));
    }

    public static OrderFilled filled(UserId user, BotId bot) {
        IntentId intent = IntentId.random();
        OrderSpec buy = OrderSpec.limit(BTC, Side.BUY, Price.of("62000.5"), Quantity.of("0.002"), 3, false);
        return new OrderFilled(intent, user, bot, ClientOrderId.forIntent(bot, intent), buy, Price.of("62000.50"),
                Quantity.of("0.002"), Quantity.ZERO, Money.of("0.0248002"), Liquidity.MAKER);
    }

    public static OrderRejected rejected(UserId user, BotId bot) {
        OrderSpec sell = OrderSpec.market(BTC, Side.SELL, Quantity.of("0.5"), 3, false);
        return new OrderRejected(IntentId.random(), user, bot, sell, "BudgetPolicy", "needs 31000.25 USDT, 1000 free");
    }

    public static BotStopped stopped(UserId user, BotId bot) {
        return new BotStopped(bot, user, "stopped by the user");
    }

    /** An AI decision on the bot with two votes for {@code action} and one abstention; HOLD has none and no intent. */
    public static SignalDecided decided(UserId user, BotId bot, TradeAction action) {
        boolean hold = action == TradeAction.HOLD;
        TradeAction voted = hold ? TradeAction.LONG : action;
        return new SignalDecided(DecisionId.derive(bot.toString(), action.name(), UUID.randomUUID().toString()), bot, user,
                BTC, T0, action, hold ? "nothing passed" : action + " passed with 2 of 3 votes (2 needed)", false,
                List.of(CastVote.vote("ema-cross", VoterKind.TECHNICAL, voted, Confidence.of("0.7"), "EMA 9 crossed EMA 21"),
                        CastVote.vote("llm:default", VoterKind.LLM, hold ? TradeAction.SHORT : voted, Confidence.of("0.64"),
                                "higher lows on 1h"),
                        CastVote.abstain("rsi-bands", VoterKind.TECHNICAL, "NOT_ENOUGH_DATA: 10 of 15 candles")),
                hold ? Map.of(TradeAction.LONG, 1, TradeAction.SHORT, 1) : Map.of(action, 2),
                Map.of(TradeAction.LONG, 2, TradeAction.SHORT, 2, TradeAction.CLOSE, 2, TradeAction.DCA, 2,
                        TradeAction.STOP_LOSS, 2), hold ? null : IntentId.random());
    }

    public static <E extends Event> Envelope<E> at(E event, int minutesAfterT0) {
        return Envelope.originating(event, T0.plusSeconds(60L * minutesAfterT0));
    }
}
