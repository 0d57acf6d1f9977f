package io.quorum.signal.api;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.AiBots;
import io.quorum.signal.cycle.Candles;
import io.quorum.signal.cycle.Journal;
import io.quorum.signal.journal.ClosedTrade;
import io.quorum.signal.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

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

    record Page(BotId botId, List<Trade> trades, List<Lesson> lessons) {
    }

    /** Newest first, at most {@code limit} of each. */
    @GetMapping("/api/journal")
    Page journal(@RequestHeader(GatewayHeaders.USER_ID) String user, @RequestParam(required = false) String botId,
                 @RequestParam(defaultValue = "50") String limit) {
        UserId caller = SignalController.parse(GatewayHeaders.USER_ID, user, UserId::of, "must be a UUID");
        if (botId == null) {
            throw new InvalidRequestException("botId", "is required");
        }
        BotId bot = SignalController.parse("botId", botId, BotId::of, "must be a UUID");
        String rule = "must be a whole number from 1 to " + SignalController.MAX_LIMIT;
        int size = SignalController.parse("limit", limit, Integer::parseInt, rule);
        if (size < 1 || size > SignalController.MAX_LIMIT) {
            throw new InvalidRequestException("limit", rule + ", was " + size);
        }
        AiBot owned = bots.find(bot).filter(b -> b.userId().equals(caller))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no AI bot " + bot));
        List<Trade> trades = journal.trades(owned.botId(), null, size).stream().map(e -> trade(e.id(), e.trade(),
                e.review(), e.note())).toList();
        Map<Symbol, Instant> marketTimes = new HashMap<>();
        List<Lesson> lessons = journal.lessons(owned.botId(), size).stream().map(l -> new Lesson(l.symbol(), l.text(),
                l.learntAt(), l.expiresAt(), marketTimes.computeIfAbsent(l.symbol(),
                        s -> candles.marketTime(s).orElse(l.learntAt())).isBefore(l.expiresAt()))).toList();
        return new Page(owned.botId(), trades, lessons);
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
