package io.quorum.signal.llm;

import io.quorum.contracts.orders.Side;
import io.quorum.signal.context.Candle;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes the two messages of a vote from its context. The rules go in the system message, the
 * market in the user message; the answer format depends on what the endpoint can enforce. Every
 * number is written as its exact decimal, so equal contexts give byte-equal prompts.
 */
final class PromptWriter {

    private PromptWriter() {
    }

    static LlmPrompt write(PromptContext context, OutputMode mode) {
        return new LlmPrompt(system(context, mode), user(context));
    }

    private static String system(PromptContext context, OutputMode mode) {
        String format = switch (mode) {
            case JSON_SCHEMA -> "Answer with the JSON object of the given schema and nothing else.";
            case JSON_MODE -> "Answer with JSON only.\n" + AnswerSchema.DESCRIPTION;
            case FENCED_TEXT -> "Answer with exactly one fenced block starting with ```json and ending with ```.\n"
                    + AnswerSchema.DESCRIPTION;
        };
        return """
                You are one voter on a panel deciding the next step of a crypto futures trading bot on %s.
                A trade happens only when enough voters agree. Vote on the data given, nothing else.
                Rules:
                - leverage is never above %d; without a good reason leave it out
                - close, dca and stop_loss apply only to an open position; with none, vote long, short or hold
                - update_existing only moves the open position's take-profit and stop-loss
                - a long's stop-loss is below the price and its take-profit above; a short's the other way round
                - when unsure, vote hold
                %s""".formatted(context.market().symbol().value(), context.maxLeverage(), format);
    }

    private static String user(PromptContext context) {
        StringBuilder text = new StringBuilder();
        text.append("Symbol: ").append(context.market().symbol().value()).append('\n');
        text.append("Decision time: ").append(context.market().at()).append(" (close of the last 15m candle)\n");
        text.append("Leverage limit: ").append(context.maxLeverage()).append('\n');
        text.append("Position: ").append(context.openPosition()
                .map(p -> (p.side() == Side.BUY ? "long " : "short ") + p.size() + " at " + p.entry())
                .orElse("none")).append('\n');
        text.append("Indicators:\n");
        context.indicators().forEach(r -> text.append("- ").append(r.name()).append(' ').append(r.interval())
                .append(": ").append(plain(r.value())).append('\n'));
        candles(text, "15m", context.market().m15());
        candles(text, "1h", context.market().h1());
        candles(text, "4h", context.market().h4());
        lines(text, "Recent decisions and results", context.recentDecisions());
        lines(text, "Lessons from earlier losing trades", context.lessons());
        return text.toString();
    }

    private static void candles(StringBuilder text, String interval, List<Candle> candles) {
        text.append(interval).append(" candles, oldest first (open time, open, high, low, close, volume):\n");
        for (Candle c : candles) {
            text.append(c.openTime()).append(' ').append(plain(c.open())).append(' ').append(plain(c.high()))
                    .append(' ').append(plain(c.low())).append(' ').append(plain(c.close())).append(' ')
                    .append(plain(c.volume())).append('\n');
        }
    }

    private static void lines(StringBuilder text, String title, List<String> lines) {
        text.append(title).append(lines.isEmpty() ? ": none\n" : ":\n");
        lines.forEach(line -> text.append("- ").append(line).append('\n'));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
