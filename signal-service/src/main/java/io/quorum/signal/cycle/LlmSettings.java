package io.quorum.signal.cycle;

import io.quorum.signal.llm.ApiKey;
import io.quorum.signal.llm.CallBudgetLimits;
import io.quorum.signal.llm.LlmProvider;
import io.quorum.signal.llm.OutputMode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quorum.signal.*}: the taker fee sizing reserves, how long a technical voter may take, how long a lesson
 * of a losing trade stays in the bot's prompts (event time from the close), and the LLM providers a bot's
 * {@code llm:<name>} voters may ask (live, or answering from an earlier run's recording). Checked at start-up: a
 * provider without a URL, model or key (unless it replays a recording), two of one name, or a recording that is not
 * there stop the service rather than silently leave voters out.
 */
@ConfigurationProperties("quorum.signal")
public record LlmSettings(BigDecimal takerFee, @DefaultValue("PT10S") Duration technicalTimeout,
                          @DefaultValue("P7D") Duration lessonTtl, Llm llm) {

    /** 96 decisions a day on 15m candles × 5 bots (a user's most) with one LLM voter each = 480, and 20 reviews. */
    static final int DEFAULT_DAILY_CALLS = 500;

    /**
     * @param dailyCallsPerUser every LLM call a user's bots may make per day (UTC date of event time), votes and loss
     *                          reviews alike; 0 switches LLM voters off for everyone
     */
    public record Llm(List<Provider> providers, @DefaultValue("500") int dailyCallsPerUser) {
        public Llm {
            providers = providers == null ? List.of() : List.copyOf(providers);
            new CallBudgetLimits(dailyCallsPerUser); // refuses a negative budget at start-up
        }
    }

    /**
     * One provider. With {@code recording} (a file of {@link io.quorum.signal.llm.CallRecording} lines, e.g. an
     * earlier run's {@code GET /internal/llm-calls}) it answers from that file only and never calls out, so
     * {@code base-url} and {@code api-key} may be left out.
     */
    public record Provider(String name, String baseUrl, String model, String apiKey, @DefaultValue("PT30S") Duration timeout,
                           @DefaultValue("JSON_SCHEMA") OutputMode outputMode, @DefaultValue("8") int maxConcurrency,
                           Path recording) {

        /** Named as a bot's panel names it: {@code llm:<name>}. */
        public LlmProvider provider() {
            boolean replaying = recording != null;
            return new LlmProvider(Panels.LLM_PREFIX + name,
                    replaying && baseUrl == null ? recording.toUri().toString() : baseUrl, model,
                    ApiKey.of(replaying && apiKey == null ? "none" : apiKey), timeout, outputMode, maxConcurrency);
        }
    }

    public LlmSettings {
        if (takerFee == null) {
            throw new IllegalArgumentException("quorum.signal.taker-fee is required");
        }
        llm = llm == null ? new Llm(List.of(), DEFAULT_DAILY_CALLS) : llm;
        if (lessonTtl.isNegative() || lessonTtl.isZero()) {
            throw new IllegalArgumentException("quorum.signal.lesson-ttl must be positive, was " + lessonTtl);
        }
        Set<String> names = new HashSet<>();
        for (Provider provider : llm.providers()) {
            if (!names.add(provider.name())) {
                throw new IllegalArgumentException("LLM provider " + provider.name() + " is configured twice");
            }
            if (provider.recording() != null && !Files.isRegularFile(provider.recording())) {
                throw new IllegalArgumentException("LLM provider " + provider.name() + ": no recording at "
                        + provider.recording());
            }
        }
    }

    public CallBudgetLimits budgetLimits() {
        return new CallBudgetLimits(llm.dailyCallsPerUser());
    }
}
