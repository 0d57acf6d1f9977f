package io.quorum.signal.cycle;

import io.quorum.contracts.money.FeeRate;
import io.quorum.signal.bots.AiBots;
import io.quorum.signal.bots.Positions;
import io.quorum.signal.llm.CallRecording;
import io.quorum.signal.llm.LlmEndpoint;
import io.quorum.signal.llm.LlmProvider;
import io.quorum.signal.llm.OpenAiEndpoint;
import io.quorum.signal.llm.RecordedAnswers;
import io.quorum.signal.metrics.SignalMetrics;
import io.quorum.signal.platform.Outbox;
import io.quorum.signal.platform.OutboxRelay;
import io.quorum.signal.platform.ProcessedEvents;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the decision cycle explicitly: the decision core knows nothing of Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmSettings.class)
public class SignalConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SignalConfiguration.class);

    @Bean
    AiBots aiBots(JdbcClient jdbc) {
        return new AiBots(jdbc);
    }

    @Bean
    Positions positions(JdbcClient jdbc) {
        return new Positions(jdbc);
    }

    @Bean
    Candles candles(JdbcClient jdbc) {
        return new Candles(jdbc);
    }

    @Bean
    Decisions decisions(JdbcClient jdbc) {
        return new Decisions(jdbc);
    }

    /**
     * One endpoint per configured provider, shared by every bot, so its concurrency limit holds service-wide: live, or
     * the provider's recording when it has one.
     */
    @Bean
    Panels panels(LlmSettings settings, JdbcClient jdbc, Journal journal, LlmBudgets budgets, SignalMetrics metrics) {
        List<LlmEndpoint> endpoints = settings.llm().providers().stream().map(provider -> endpoint(provider, metrics)).toList();
        return new Panels(endpoints, settings.technicalTimeout(), jdbc, journal, budgets);
    }

    @Bean
    LlmBudgets llmBudgets(TransactionTemplate transactions, JdbcClient jdbc, Outbox outbox, LlmSettings settings) {
        return new LlmBudgets(transactions, jdbc, outbox, settings.budgetLimits());
    }

    private static LlmEndpoint endpoint(LlmSettings.Provider settings, SignalMetrics metrics) {
        LlmProvider provider = settings.provider();
        if (settings.recording() == null) {
            return metrics.metered(new OpenAiEndpoint(provider));
        }
        RecordedAnswers recorded = new RecordedAnswers(provider, CallRecording.read(settings.recording()));
        LOG.info("LLM provider {} answers from the recording {} ({} prompts), never live", provider.name(),
                settings.recording(), recorded.size());
        return recorded;
    }

    /** The service's LLM calls as a recording another run can answer from (operators only: prompts of every user). */
    @Bean
    LlmCallExport llmCallExport(JdbcClient jdbc) {
        return new LlmCallExport(jdbc);
    }

    @Bean
    Journal journal(JdbcClient jdbc) {
        return new Journal(jdbc);
    }

    /** Reviews ask the panel's own endpoints, so they count against the same concurrency limit as the votes. */
    @Bean
    LossReview lossReview(TransactionTemplate transactions, Journal journal, AiBots bots, Panels panels, Candles candles,
                          JdbcClient jdbc, LlmSettings settings) {
        return new LossReview(transactions, journal, bots, panels, candles, new ReviewCalls(jdbc), settings.lessonTtl());
    }

    @Bean
    BotEvents botEvents(ProcessedEvents processed, TransactionTemplate transactions, AiBots bots, Positions positions,
                        LossReview reviews) {
        return new BotEvents(processed, transactions, bots, positions, reviews);
    }

    @Bean
    TradePlanner tradePlanner(LlmSettings settings) {
        return new TradePlanner(new FeeRate(settings.takerFee()));
    }

    @Bean
    DecisionCommit decisionCommit(TransactionTemplate transactions, JdbcClient jdbc, Decisions decisions, Outbox outbox,
                                  SignalMetrics metrics) {
        return new DecisionCommit(transactions, jdbc, decisions, outbox, metrics);
    }

    @Bean
    StopLossWatch stopLossWatch(AiBots bots, Positions positions, TradePlanner planner, DecisionCommit commit,
                                JdbcClient jdbc) {
        return new StopLossWatch(bots, positions, planner, commit, jdbc);
    }

    @Bean
    DecisionCycle decisionCycle(TransactionTemplate transactions, Candles candles, AiBots bots, Positions positions,
                                Panels panels, TradePlanner planner, DecisionCommit commit, StopLossWatch watch) {
        return new DecisionCycle(transactions, candles, bots, positions, panels, planner, commit, watch);
    }

    @Bean
    SignalListeners signalListeners(BotEvents bots, DecisionCycle cycle, OutboxRelay relay) {
        return new SignalListeners(bots, cycle, relay);
    }
}
