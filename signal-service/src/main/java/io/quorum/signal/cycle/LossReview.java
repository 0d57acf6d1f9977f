package io.quorum.signal.cycle;

import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.market.Interval;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.AiBots;
import io.quorum.signal.context.Candle;
import io.quorum.signal.cycle.Journal.Entry;
import io.quorum.signal.cycle.Journal.Lesson;
import io.quorum.signal.cycle.Journal.Review;
import io.quorum.signal.journal.ClosedTrade;
import io.quorum.signal.journal.LessonReader;
import io.quorum.signal.journal.ReviewPrompt;
import io.quorum.signal.llm.LlmEndpoint;
import io.quorum.signal.llm.LlmExchange;
import io.quorum.signal.llm.LlmPrompt;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journals an AI bot's closed trade and has a losing one reviewed. The trade is journaled in the transaction of
 * the position change that closed it; the review runs after that commit (an LLM may take seconds), asks the first
 * LLM voter of the bot's panel whose provider is configured, and keeps the lesson for the bot and symbol until it
 * expires. A redelivered close finds its review still pending if the first attempt died, and asks again — with
 * the answer already recorded reused ({@link ReviewCalls}). No answer or garbage: no lesson, the failure noted. A
 * review is one call of the user's daily LLM budget, charged once per trade; refused, it is not asked.
 */
public class LossReview {

    private static final Logger LOG = LoggerFactory.getLogger(LossReview.class);
    /** The 15m candles around entry and exit: 2 h before the entry to 1 h after it, and the last 3 h of the trade. */
    private static final Duration BEFORE_ENTRY = Duration.ofHours(2);
    private static final Duration AFTER_ENTRY = Duration.ofHours(1);
    private static final int AROUND = 12;

    private final TransactionTemplate transactions;
    private final Journal journal;
    private final AiBots bots;
    private final Panels panels;
    private final CandleSource candles;
    private final ReviewCalls calls;
    private final Duration lessonTtl;

    public LossReview(TransactionTemplate transactions, Journal journal, AiBots bots, Panels panels, CandleSource candles,
                      ReviewCalls calls, Duration lessonTtl) {
        this.transactions = transactions;
        this.journal = journal;
        this.bots = bots;
        this.panels = panels;
        this.candles = candles;
        this.calls = calls;
        this.lessonTtl = lessonTtl;
    }

    /** Inside the close's transaction. Trades of bots that are no AI bots of this service are not journaled here. */
    public void closed(ClosedTrade trade, EventId closedBy) {
        Optional<AiBot> bot = bots.find(trade.botId());
        if (bot.isEmpty()) {
            return;
        }
        if (!trade.lost()) {
            journal.record(trade, closedBy, Review.NOT_NEEDED, "not a loss");
        } else if (panels.reviewerOf(bot.get()).isEmpty()) {
            journal.record(trade, closedBy, Review.NO_REVIEWER, "no reviewer configured");
        } else {
            journal.record(trade, closedBy, Review.PENDING, null);
        }
    }

    /** After the close committed, outside any transaction: reviews the trade the event closed, if that is still to do. */
    public void reviewPending(EventId closedBy) {
        Optional<Entry> pending = journal.pendingReviewOf(closedBy);
        if (pending.isEmpty()) {
            return;
        }
        Entry entry = pending.get();
        ClosedTrade trade = entry.trade();
        Optional<AiBot> bot = bots.find(trade.botId());
        Optional<LlmEndpoint> reviewer = bot.flatMap(panels::reviewerOf);
        if (reviewer.isEmpty()) {
            settle(entry, Review.NO_REVIEWER, "no reviewer configured", null);
            return;
        }
        LlmBudgets.Grant grant = panels.grantReview(bot.get(), trade.closedAt());
        if (!grant.granted()) {
            LOG.info("loss review of bot {} closed at {} left out: {}", trade.botId(), trade.closedAt(), grant.refusal());
            settle(entry, Review.FAILED, "not reviewed: " + grant.refusal(), null);
            return;
        }
        LlmPrompt prompt = ReviewPrompt.write(trade, candlesAround(trade));
        LlmExchange exchange = calls.ask(reviewer.get(), trade, prompt);
        if (!exchange.answered()) {
            LOG.warn("loss review of bot {} closed at {} failed: {}", trade.botId(), trade.closedAt(), exchange.error());
            settle(entry, Review.FAILED, "review failed (" + exchange.outcome() + "): " + exchange.error(), null);
            return;
        }
        LessonReader.Reading reading = LessonReader.read(exchange.text());
        if (!reading.read()) {
            LOG.warn("loss review of bot {} closed at {} gave no lesson: {}", trade.botId(), trade.closedAt(), reading.failure());
            settle(entry, Review.FAILED, "review gave no lesson: " + reading.failure(), null);
            return;
        }
        settle(entry, Review.LESSON, null, new Lesson(trade.symbol(), reading.lesson(), trade.closedAt(),
                trade.closedAt().plus(lessonTtl)));
    }

    private void settle(Entry entry, Review review, String note, Lesson lesson) {
        transactions.executeWithoutResult(status -> journal.reviewed(entry, review, note, lesson));
    }

    /** Only candles closed by the exit: what a redelivery finds is then what the first attempt saw. */
    private List<Candle> candlesAround(ClosedTrade trade) {
        Instant from = trade.openedAt().minus(BEFORE_ENTRY);
        Instant entryWindowEnd = min(trade.openedAt().plus(AFTER_ENTRY), trade.closedAt());
        TreeMap<Instant, Candle> around = new TreeMap<>();
        candles.closedBy(trade.symbol(), Interval.M15, entryWindowEnd, AROUND).stream()
                .filter(c -> !c.openTime().isBefore(from)).forEach(c -> around.put(c.openTime(), c));
        candles.closedBy(trade.symbol(), Interval.M15, trade.closedAt(), AROUND).stream()
                .filter(c -> !c.openTime().isBefore(from)).forEach(c -> around.put(c.openTime(), c));
        return List.copyOf(around.values());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
