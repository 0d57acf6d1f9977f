package io.quorum.signal.api;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.signal.bots.AiBot;
import io.quorum.signal.bots.AiBots;
import io.quorum.signal.cycle.Decisions;
import io.quorum.signal.cycle.LlmBudgets;
import io.quorum.signal.cycle.Panels;
import io.quorum.signal.cycle.StoredDecision;
import io.quorum.signal.llm.DailyCallBudget;
import io.quorum.signal.platform.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** An AI bot's decisions with every vote, for its owner; any other caller is told the bot does not exist. */
@RestController
public class SignalController {

    static final String TECHNICAL_ONLY = "technical voters only";
    static final String BUDGET_SPENT = " (LLM voters left out by the user's daily LLM call budget)";

    private final AiBots bots;
    private final Decisions decisions;
    private final Panels panels;
    private final LlmBudgets budgets;

    public SignalController(AiBots bots, Decisions decisions, Panels panels, LlmBudgets budgets) {
        this.bots = bots;
        this.decisions = decisions;
        this.panels = panels;
        this.budgets = budgets;
    }

    /** The bot's decisions, newest first, a page at a time ({@code ?limit=&cursor=}). */
    @GetMapping("/api/signals")
    Paging.Page<SignalViews.Decision> signals(@RequestHeader(GatewayHeaders.USER_ID) String user,
                                              @RequestParam(required = false) String botId,
                                              @RequestParam(required = false) String limit,
                                              @RequestParam(required = false) String cursor) {
        AiBot owned = owned(bots, user, botId);
        int size = Paging.limit(limit);
        Instant before = Paging.cursor(cursor, Instant::parse).orElse(null);
        return Paging.of(decisions.of(owned.botId(), before, size + 1), size, d -> d.candleClosedAt().toString(),
                SignalController::view);
    }

    /**
     * The caller's AI bot {@code botId}: missing or malformed → 400 naming it; a bot that is not the caller's (another
     * user's, or none this service runs) → 404, the same either way and with nothing of it in the answer.
     */
    static AiBot owned(AiBots bots, String user, String botId) {
        UserId caller = parse(GatewayHeaders.USER_ID, user, UserId::of, "must be a UUID");
        if (botId == null) {
            throw new InvalidRequestException("botId", "is required");
        }
        BotId bot = parse("botId", botId, BotId::of, "must be a UUID");
        return bots.find(bot).filter(b -> b.userId().equals(caller))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no AI bot " + bot));
    }

    /**
     * Which LLM providers are configured (none: every decision is taken by technical voters only), and the caller's
     * daily LLM call budget on the market's current day.
     */
    @GetMapping("/api/signals/status")
    SignalViews.Status status(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user) {
        List<String> providers = panels.llmProviders().stream().sorted().toList();
        SignalViews.Budget budget = user == null ? null
                : budgetOf(parse(GatewayHeaders.USER_ID, user, UserId::of, "must be a UUID"));
        return new SignalViews.Status(providers, providers.isEmpty(),
                providers.isEmpty() ? TECHNICAL_ONLY : "LLM and technical voters", budget);
    }

    private SignalViews.Budget budgetOf(UserId caller) {
        Optional<LocalDate> day = budgets.marketDay();
        DailyCallBudget budget = day.map(d -> budgets.budgetOf(caller, d))
                .orElseGet(() -> DailyCallBudget.fresh(LocalDate.EPOCH, budgets.limitOf(caller)));
        return new SignalViews.Budget(day.orElse(null), budget.limit(), budget.used(), budget.remaining());
    }

    private static SignalViews.Decision view(StoredDecision d) {
        return new SignalViews.Decision(d.decisionId(), d.symbol(), d.candleClosedAt(), d.action(), d.reason(),
                d.technicalOnly(), decidedBy(d), d.tally(), d.required(), d.intentId(), d.order(), d.votes());
    }

    /** The reason tells the whole story; this says at a glance that the budget, not the set-up, left the LLMs out. */
    private static String decidedBy(StoredDecision d) {
        if (!d.technicalOnly()) {
            return "LLM and technical voters";
        }
        return d.reason().contains(Panels.LLM_LEFT_OUT) ? TECHNICAL_ONLY + BUDGET_SPENT : TECHNICAL_ONLY;
    }

    static <T> T parse(String field, String text, Function<String, T> parser, String rule) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException(field, rule + ", was '" + text + "'");
        }
    }
}
