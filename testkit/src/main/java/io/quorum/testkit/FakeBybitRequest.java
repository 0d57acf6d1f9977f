package io.quorum.testkit;

import java.time.Instant;
import java.util.Map;

/**
 * A request {@link FakeBybit} received: method, path, parameters (query for GET, JSON body fields
 * for POST, as text), the API key it was signed with (empty for public calls) and when it arrived
 * (wall clock: for checking waits, never for trading logic).
 */
public record FakeBybitRequest(String method, String path, Map<String, String> params, String apiKey, Instant received) {

    public String param(String name) {
        return params.getOrDefault(name, "");
    }
}
