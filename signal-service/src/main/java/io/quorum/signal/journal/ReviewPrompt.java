package io.quorum.signal.journal;

import io.quorum.signal.context.Candle;
import io.quorum.signal.llm.LlmPrompt;
import java.math.BigDecimal;
import java.util.List;

/**
 * The two messages of a loss review: the trade and the 15m candles around its entry and exit. Written from the
 * trade and the stored candles only, exact decimals, no wall clock, so a redelivered close asks the same prompt
 * and finds the answer already recorded.
 */
public final class ReviewPrompt {

    /** A lesson longer than this is cut: it goes into every later prompt of the bot. */
    public static final int MAX_LESSON = 400;

    private ReviewPrompt() {
    }

    public static LlmPrompt write(ClosedTrade trade, List<Candle> candles) {
        String system = """
                You review a losing trade of a crypto futures trading bot on %s.
                Say in one or two sentences what the bot should do differently next time on this symbol,
                judged on the data given only. Be concrete (a condition to wait for, a level, a trend to respect).
                Answer with JSON only: {"lesson": "<at most %d characters>"}""".formatted(trade.symbol().value(), MAX_LESSON);
        StringBuilder user = new StringBuilder();
        user.append("Symbol: ").append(trade.symbol().value()).append('\n');
        user.append("Side: ").append(trade.side().name().toLowerCase()).append('\n');
        user.append("Entry: ").append(trade.entry() == null ? "unknown" : plain(trade.entry().value()))
                .append(" at ").append(trade.openedAt()).append('\n');
        user.append("Exit: ").append(trade.closedAt()).append('\n');
        user.append("Realized PnL: ").append(plain(trade.realizedPnl().value())).append(", fees: ")
                .append(plain(trade.fees().value())).append(", result: ").append(plain(trade.result().value())).append('\n');
        user.append("15m candles around entry and exit, oldest first (open time, open, high, low, close, volume):\n");
        if (candles.isEmpty()) {
            user.append("none stored\n");
        }
        for (Candle c : candles) {
            user.append(c.openTime()).append(' ').append(plain(c.open())).append(' ').append(plain(c.high())).append(' ')
                    .append(plain(c.low())).append(' ').append(plain(c.close())).append(' ').append(plain(c.volume()))
                    .append('\n');
        }
        return new LlmPrompt(system, user.toString());
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
