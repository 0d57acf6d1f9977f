package io.quorum.signal.llm;

import java.util.List;

/** Where every LLM call is recorded; in memory for now, a table of the signal schema later. */
public interface LlmCallLog {

    void record(LlmCall call);

    /** Every call recorded so far, in the order recorded. */
    List<LlmCall> calls();
}
