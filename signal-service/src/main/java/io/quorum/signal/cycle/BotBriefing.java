package io.quorum.signal.cycle;

import io.quorum.signal.bots.AiBot;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.llm.Briefing;
import io.quorum.signal.llm.PromptContext;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a bot's LLM voters are told besides the market: its last decisions and closed trades before the decision
 * time, and its lessons on the symbol still active then (newest first, bounded). All read by event time from
 * what is stored, so the same decision gives the same prompt — which recorded answers are matched on.
 */
final class BotBriefing implements Briefing {

    static final int LESSONS = 5;
    static final int RECENT = 5;
    private static final int REASON = 160;

    private final AiBot bot;
    private final Journal journal;
    private final JdbcClient jdbc;

    BotBriefing(AiBot bot, Journal journal, JdbcClient jdbc) {
        this.bot = bot;
        this.journal = journal;
        this.jdbc = jdbc;
    }

    @Override
    public PromptContext brief(MarketContext market) {
        List<String> recent = new ArrayList<>(jdbc.sql("""
                select candle_closed_at, action, reason from decisions where bot_id = ? and candle_closed_at < ?
                order by candle_closed_at desc limit ?""")
                .params(bot.botId().value(), Timestamp.from(market.at()), RECENT)
                .query((rs, n) -> "decided " + rs.getString("action").toLowerCase() + " at "
                        + rs.getTimestamp("candle_closed_at").toInstant() + ": " + cut(rs.getString("reason")))
                .list());
        journal.trades(bot.botId(), market.at(), RECENT).forEach(e -> recent.add("closed a "
                + e.trade().side().name().toLowerCase() + (e.trade().entry() == null ? "" : " from " + plain(e.trade().entry().value()))
                + " at " + e.trade().closedAt() + ": result " + plain(e.trade().result().value())));
        List<String> lessons = journal.activeLessons(bot.botId(), market.symbol(), market.at(), LESSONS).stream()
                .map(l -> "learnt " + l.learntAt() + ": " + l.text()).toList();
        return new PromptContext(market, List.of(), recent, lessons, bot.leverage());
    }

    private static String plain(java.math.BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String cut(String reason) {
        return reason.length() <= REASON ? reason : reason.substring(0, REASON) + "…";
    }
}
