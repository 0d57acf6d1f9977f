package io.quorum.signal.cycle;

import io.quorum.signal.bots.AiBot;
import io.quorum.signal.context.MarketContext;
import io.quorum.signal.context.Voter;
import io.quorum.signal.llm.LlmEndpoint;
import io.quorum.signal.llm.LlmVoter;
import io.quorum.signal.llm.VotingRound.Seat;
import io.quorum.signal.technical.EmaCrossVoter;
import io.quorum.signal.technical.IndicatorSettings;
import io.quorum.signal.technical.RsiBandVoter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seats a bot's panel for one decision, in the order its {@code TrendSpec} names the voters: technical voters
 * by name ({@code ema-cross}, {@code rsi-bands}), and {@code llm:<provider>} voters whose provider is
 * configured. An LLM voter whose provider is not configured is left out (the decision then says technical
 * voters alone decided); so is a name this service does not know, logged once per decision. An LLM voter is
 * briefed with the bot's recent decisions, trades and active lessons ({@link BotBriefing}). The LLM voters are
 * seated only if the user's daily call budget grants a call to each of them ({@link LlmBudgets}); refused, the bot
 * decides with its technical voters alone and the decision says why.
 */
public class Panels {

    public static final String LLM_PREFIX = "llm:";
    /** How a decision's reason begins to say that the budget, not the configuration, left the LLM voters out. */
    public static final String LLM_LEFT_OUT = "LLM voters left out: ";
    private static final Logger LOG = LoggerFactory.getLogger(Panels.class);

    private final Map<String, Voter> technical = new LinkedHashMap<>();
    private final Map<String, LlmEndpoint> endpoints = new LinkedHashMap<>();
    private final Duration technicalTimeout;
    private final JdbcClient jdbc;
    private final Journal journal;
    private final LlmBudgets budgets;

    /** Who sits on one bot's panel at one decision, and why no LLM voter does when the budget left them out. */
    public record Panel(List<Seat> seats, String whyNoLlmVoter) {
    }

    public Panels(List<LlmEndpoint> llmEndpoints, Duration technicalTimeout, JdbcClient jdbc, Journal journal,
                  LlmBudgets budgets) {
        technical.put("ema-cross", new EmaCrossVoter());
        technical.put("rsi-bands", new RsiBandVoter("rsi-bands", IndicatorSettings.DEFAULTS, BigDecimal.valueOf(30),
                BigDecimal.valueOf(70)));
        llmEndpoints.forEach(endpoint -> endpoints.put(endpoint.provider().name(), endpoint));
        this.technicalTimeout = technicalTimeout;
        this.jdbc = jdbc;
        this.journal = journal;
        this.budgets = budgets;
    }

    public Panel seat(AiBot bot, MarketContext market) {
        long llmVoters = bot.trend().voters().stream().filter(endpoints::containsKey).count();
        LlmBudgets.Grant grant = llmVoters == 0 ? LlmBudgets.Grant.GRANTED
                : budgets.grant(bot.userId(), bot.botId(), market.at(), LlmBudgets.Purpose.VOTE, (int) llmVoters);
        if (!grant.granted()) {
            LOG.info("bot {} at {}: LLM voters left out, {}", bot.botId(), market.at(), grant.refusal());
        }
        List<Seat> seats = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (String name : bot.trend().voters()) {
            if (technical.containsKey(name)) {
                seats.add(Seat.of(technical.get(name), technicalTimeout, market));
            } else if (endpoints.containsKey(name)) {
                if (grant.granted()) {
                    seats.add(Seat.of(llmVoter(bot, market, endpoints.get(name)), market));
                }
            } else {
                leftOut.add(name);
            }
        }
        if (!leftOut.isEmpty()) {
            LOG.info("bot {} at {}: voters {} left out (no such technical voter or no LLM provider configured)",
                    bot.botId(), market.at(), leftOut);
        }
        return new Panel(List.copyOf(seats), grant.granted() ? null : LLM_LEFT_OUT + grant.refusal());
    }

    /**
     * Grants the call of one loss review of the bot's trade closed at {@code closedAt}; a redelivered close is
     * charged nothing more.
     */
    LlmBudgets.Grant grantReview(AiBot bot, Instant closedAt) {
        return budgets.grant(bot.userId(), bot.botId(), closedAt, LlmBudgets.Purpose.LOSS_REVIEW, 1);
    }

    /** Who reviews the bot's losing trades: the first LLM voter of its panel whose provider is configured. */
    public Optional<LlmEndpoint> reviewerOf(AiBot bot) {
        return bot.trend().voters().stream().filter(endpoints::containsKey).map(endpoints::get).findFirst();
    }

    /** The configured providers as panels name them ({@code llm:<name>}). */
    public Set<String> llmProviders() {
        return Set.copyOf(endpoints.keySet());
    }

    /**
     * Each decision gets its own voter: its answers are recorded under the bot, and an answer already recorded
     * for this bot, decision time and prompt (a candle redelivered after a crash before the commit) is reused
     * instead of asking the model again.
     */
    private LlmVoter llmVoter(AiBot bot, MarketContext market, LlmEndpoint live) {
        ReusedAnswers endpoint = new ReusedAnswers(live, bot.botId(), market.at(), jdbc);
        return new LlmVoter(endpoint, new LlmCallTable(jdbc, bot.botId(), endpoint), new BotBriefing(bot, journal, jdbc));
    }
}
