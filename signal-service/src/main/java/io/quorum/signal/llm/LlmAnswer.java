package io.quorum.signal.llm;

import io.quorum.contracts.money.Price;
import io.quorum.signal.voting.Action;
import java.math.BigDecimal;

/** A model's answer once read: well-formed, but not yet checked against the bot's rules. */
record LlmAnswer(Action action, BigDecimal confidence, String explanation, Price takeProfit, Price stopLoss,
                 Integer leverage, boolean closeNow, boolean updateExisting) {
}
