package io.quorum.signal.llm;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A call log kept in memory: safe for voters recording from many virtual threads at once. */
public final class InMemoryLlmCallLog implements LlmCallLog {

    private final List<LlmCall> calls = new CopyOnWriteArrayList<>();

    @Override
    public void record(LlmCall call) {
        calls.add(call);
    }

    @Override
    public List<LlmCall> calls() {
        return List.copyOf(calls);
    }
}
