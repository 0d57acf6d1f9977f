package io.quorum.signal.metrics;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What each LLM provider charges, in USD per million tokens, for the estimated cost meter only
 * ({@code quorum.metrics.llm.prices.<provider>.prompt-per-million} and {@code completion-per-million}). A provider
 * without a price has no cost series: Quorum does not guess a price list.
 */
@ConfigurationProperties("quorum.metrics.llm")
public record LlmPrices(Map<String, TokenPrice> prices) {

    public LlmPrices {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        prices.forEach((provider, price) -> {
            if (price.promptPerMillion() == null || price.completionPerMillion() == null
                    || price.promptPerMillion().signum() < 0 || price.completionPerMillion().signum() < 0) {
                throw new IllegalArgumentException("quorum.metrics.llm.prices." + provider
                        + " needs prompt-per-million and completion-per-million, neither negative");
            }
        });
    }

    public record TokenPrice(BigDecimal promptPerMillion, BigDecimal completionPerMillion) {

        /** The estimated USD cost of one call's tokens (absent counts as none). */
        BigDecimal costOf(Integer promptTokens, Integer completionTokens) {
            BigDecimal tokens = promptPerMillion.multiply(BigDecimal.valueOf(promptTokens == null ? 0 : promptTokens))
                    .add(completionPerMillion.multiply(BigDecimal.valueOf(completionTokens == null ? 0 : completionTokens)));
            return tokens.movePointLeft(6);
        }
    }
}
