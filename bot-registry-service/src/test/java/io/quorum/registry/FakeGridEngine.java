package io.quorum.registry;

import java.util.List;
import java.util.Map;

/**
 * The grid engine's check endpoint as the registry sees it: 200 by default, or the answer a test chose
 * for requests whose body contains a marker (scenario classes share one fake, so each picks its own
 * marker, e.g. a budget no other test uses). Keeps every request.
 */
public final class FakeGridEngine extends FakeService {

    public FakeGridEngine() {
        super("/internal/grid/check");
    }

    /** Refuses checks whose body contains {@code marker}, naming the field as the grid engine does. */
    public void refuse(String marker, String field, String reason) {
        answers.put(marker, new Answer(400, """
                {"type":"https://quorum.local/problems/invalid-request","title":"Invalid request","status":400,\
                "detail":"%s: %s","field":"%s","reason":"%s"}""".formatted(field, reason, field, reason)));
    }

    public void fail(String marker, int status) {
        answers.put(marker, new Answer(status, "{\"title\":\"boom\"}"));
    }

    public List<Request> requestsContaining(String text) {
        return requests().stream().filter(r -> r.body().contains(text)).toList();
    }

    @Override
    protected Answer answerFor(String path, String body) {
        return answers.entrySet().stream().filter(e -> body.contains(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(new Answer(200, "{\"ok\":true}"));
    }
}
