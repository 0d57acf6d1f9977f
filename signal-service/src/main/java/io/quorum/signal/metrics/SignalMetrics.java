package io.quorum.signal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quorum.contracts.orders.Side;
import io.quorum.contracts.signals.CastVote;
import io.quorum.contracts.signals.SignalDecided;
import io.quorum.signal.llm.LlmEndpoint;
import io.quorum.signal.llm.LlmExchange;
import io.quorum.signal.llm.LlmPrompt;
import io.quorum.signal.llm.LlmProvider;
import java.time.Duration;

/**
 * The AI trend bots' decisions and their LLM calls:
 * <ul>
 * <li>{@code quorum_signal_decisions_total} per action and whether technical voters decided alone;</li>
 * <li>{@code quorum_signal_votes_total} per voter kind and the action voted ({@code abstain} for an abstention);</li>
 * <li>{@code quorum_order_intents_total} with bot kind {@code ai_trend}, per side;</li>
 * <li>{@code quorum_llm_calls_total} and {@code quorum_llm_call_duration_seconds} per provider and outcome
 * ({@code answered}, {@code timeout}, {@code rate_limited}, …), {@code quorum_llm_tokens_total} per provider and
 * kind, and {@code quorum_llm_cost_usd_total} per provider when its price is configured ({@link LlmPrices}).</li>
 * </ul>
 * Only live calls are counted: answers read from a recording or reused after a redelivery cost nothing.
 */
public class SignalMetrics {

    private static final Duration[] CALL_BUCKETS = {Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20),
            Duration.ofSeconds(30), Duration.ofSeconds(60)};

    private static final String PANEL_PREFIX = "llm:";

    private final MeterRegistry registry;
    private final LlmPrices prices;

    public SignalMetrics(MeterRegistry registry, LlmPrices prices) {
        this.registry = registry;
        this.prices = prices;
    }

    /** A decision that was stored, with its SignalDecided (and intent, when it has one) in the outbox. */
    public void decided(SignalDecided decision, Side intentSide) {
        Counter.builder("quorum.signal.decisions").description("Decisions of AI trend bots, per outcome")
                .tag("action", decision.action().name().toLowerCase())
                .tag("technical_only", String.valueOf(decision.technicalOnly())).register(registry).increment();
        for (CastVote vote : decision.votes()) {
            Counter.builder("quorum.signal.votes").description("Ballots cast in AI trend decisions")
                    .tag("voter_kind", vote.voterKind().name().toLowerCase())
                    .tag("vote", vote.abstained() || vote.action() == null ? "abstain" : vote.action().name().toLowerCase())
                    .register(registry).increment();
        }
        if (intentSide != null) {
            Counter.builder("quorum.order.intents").description("Order intents created by bots")
                    .tag("bot_kind", "ai_trend").tag("side", intentSide.name().toLowerCase()).register(registry).increment();
        }
    }

    /** {@code live}, with every call it answers counted, timed and priced. */
    public LlmEndpoint metered(LlmEndpoint live) {
        return new LlmEndpoint() {
            @Override
            public LlmProvider provider() {
                return live.provider();
            }

            @Override
            public LlmExchange complete(LlmPrompt prompt) {
                return counted(live.complete(prompt));
            }

            @Override
            public LlmExchange completeFreeForm(LlmPrompt prompt) {
                return counted(live.completeFreeForm(prompt));
            }

            private LlmExchange counted(LlmExchange exchange) {
                called(configuredName(live.provider()), exchange);
                return exchange;
            }
        };
    }

    /** The provider as configured ({@code quorum.signal.llm.providers[n].name}), without the panel's {@code llm:} prefix. */
    private static String configuredName(LlmProvider provider) {
        String name = provider.name();
        return name.startsWith(PANEL_PREFIX) ? name.substring(PANEL_PREFIX.length()) : name;
    }

    void called(String provider, LlmExchange exchange) {
        String outcome = exchange.outcome().name().toLowerCase();
        Counter.builder("quorum.llm.calls").description("Calls to LLM providers, per outcome")
                .tag("provider", provider).tag("outcome", outcome).register(registry).increment();
        Timer.builder("quorum.llm.call.duration").description("How long LLM providers took to answer")
                .tag("provider", provider).tag("outcome", outcome).serviceLevelObjectives(CALL_BUCKETS)
                .register(registry).record(exchange.latency());
        tokens(provider, "prompt", exchange.promptTokens());
        tokens(provider, "completion", exchange.completionTokens());
        LlmPrices.TokenPrice price = prices.prices().get(provider);
        if (price != null) {
            Counter.builder("quorum.llm.cost").description("Estimated cost of LLM calls from the configured prices")
                    .baseUnit("usd").tag("provider", provider).register(registry)
                    .increment(price.costOf(exchange.promptTokens(), exchange.completionTokens()).doubleValue());
        }
    }

    private void tokens(String provider, String kind, Integer count) {
        if (count != null && count > 0) {
            Counter.builder("quorum.llm.tokens").description("Tokens LLM providers reported per call")
                    .tag("provider", provider).tag("kind", kind).register(registry).increment(count);
        }
    }
}
