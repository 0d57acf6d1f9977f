package io.quorum.signal.bench;

import io.quorum.testkit.FakeOpenAiRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The most calls the fake was serving at once, from when each request arrived and when its answer went out. */
final class InFlight {

    private record Edge(Instant at, int change) {
    }

    private InFlight() {
    }

    static int max(List<FakeOpenAiRequest> requests) {
        List<Edge> edges = new ArrayList<>();
        for (FakeOpenAiRequest request : requests) {
            edges.add(new Edge(request.received(), 1));
            edges.add(new Edge(request.answered(), -1));
        }
        // an answer and an arrival at the same instant do not overlap (a freed slot lets the next call in)
        edges.sort(Comparator.comparing(Edge::at).thenComparingInt(Edge::change));
        int now = 0;
        int most = 0;
        for (Edge edge : edges) {
            now += edge.change();
            most = Math.max(most, now);
        }
        return most;
    }
}
