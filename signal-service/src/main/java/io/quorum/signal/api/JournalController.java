package io.quorum.signal.api;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.Symbol;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.AiBots;
import io.quorum.signal.cycle.Candles;
import io.quorum.signal.cycle.Journal;
import io.quorum.signal.journal.ClosedTrade;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * An AI bot's journal for its owner: closed trades with their result and review, and the lessons learnt. A lesson
 * is active while the market time this service has seen on its symbol (the newest 15m candle's close — event time,
 * as the prompts judge it) is before its expiry.
 */
@RestController
public class JournalController {

    private final AiBots bots;
    private final Journal journal;
    private final Candles candles;

    public JournalController(AiBots bots, Journal journal, Candles candles) {
        this.bots = bots;
        this.journal = journal;
        this.candles = candles;
    }

    record Trade(long id, Symbol symbol, String side, String entryPrice, Instant openedAt, Instant closedAt,
                 String realizedPnl, String fees, String result, String review, String reviewNote) {
    }

    record Lesson(Symbol symbol, String text, Instant learntAt, Instant expiresAt, boolean active) {
    }

    /** The bot's closed trades with their reviews, newest first, a page at a time ({@code ?limit=&cursor=}). */
    @GetMapping("/api/journal")
    Paging.Page<Trade> journal(@RequestHeader(GatewayHeaders.USER_ID) String user,
                               @RequestParam(required = false) String botId,
                               @RequestParam(required = false) String limit,
                               @RequestParam(required = false) String cursor) {
        AiBot owned = SignalController.owned(bots, user, botId);
        int size = Paging.limit(limit);
        Instant before = Paging.cursor(cursor, Instant::parse).orElse(null);
        return Paging.of(journal.trades(owned.botId(), before, size + 1), size, e -> e.trade().closedAt().toString(),
                e -> trade(e.id(), e.trade(), e.review(), e.note()));
    }

    /**
     * The lessons the bot's loss reviews taught, newest first, a page at a time ({@code ?limit=&cursor=}); {@code active}
     * says whether the bot's market has not yet passed the lesson's expiry.
     */
    @GetMapping("/api/journal/lessons")
    Paging.Page<Lesson> lessons(@RequestHeader(GatewayHeaders.USER_ID) String user,
                                @RequestParam(required = false) String botId,
                                @RequestParam(required = false) String limit,
                                @RequestParam(required = false) String cursor) {
        AiBot owned = SignalController.owned(bots, user, botId);
        int size = Paging.limit(limit);
        Optional<Long> after = Paging.cursor(cursor, Long::parseLong);
        Map<Symbol, Instant> marketTimes = new HashMap<>();
        return Paging.of(journal.lessons(owned.botId(), after, size + 1), size, l -> Long.toString(l.id()), numbered -> {
            Journal.Lesson l = numbered.lesson();
            return new Lesson(l.symbol(), l.text(), l.learntAt(), l.expiresAt(), marketTimes.computeIfAbsent(l.symbol(),
                    s -> candles.marketTime(s).orElse(l.learntAt())).isBefore(l.expiresAt()));
        });
    }

    private static Trade trade(long id, ClosedTrade t, Journal.Review review, String note) {
        return new Trade(id, t.symbol(), t.side().name(), t.entry() == null ? null : plain(t.entry().value()), t.openedAt(),
                t.closedAt(), plain(t.realizedPnl().value()), plain(t.fees().value()), plain(t.result().value()),
                review.name(), note);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
