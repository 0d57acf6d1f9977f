package io.quorum.signal.llm;

import io.quorum.signal.context.MarketContext;

/**
 * What a bot adds to the market before its LLM voters are asked: indicator readings, its recent
 * decisions and results, its active lessons and its leverage limit. The decision cycle supplies
 * one per bot; the voter itself only knows the market it is handed.
 */
@FunctionalInterface
public interface Briefing {

    PromptContext brief(MarketContext market);

    /** The market alone, with the bot's leverage limit: for bots without journal or lessons yet. */
    static Briefing marketOnly(int maxLeverage) {
        return market -> PromptContext.of(market, maxLeverage);
    }
}
