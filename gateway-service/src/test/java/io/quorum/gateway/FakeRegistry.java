package io.quorum.gateway;

import io.quorum.contracts.ids.UserId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The registry as the gateway sees it: resolves the tokens a test registered, 401 for any other; echoes /api calls. */
public final class FakeRegistry {

    private final Map<String, UserId> tokens = new ConcurrentHashMap<>();
    private final FakeService service = new FakeService(request -> {
        if (request.path().equals("/internal/auth/resolve")) {
            String authorization = request.header("Authorization");
            UserId user = authorization == null ? null : tokens.get(authorization.replaceFirst("^Bearer ", ""));
            return user == null
                    ? new FakeService.Answer(401, "{\"title\":\"Unauthorized\",\"status\":401}")
                    : new FakeService.Answer(200, "{\"userId\":\"" + user + "\"}");
        }
        return new FakeService.Answer(request.method().equals("POST") ? 201 : 200, "{\"service\":\"registry\"}");
    });

    public String url() {
        return service.url();
    }

    public String tokenFor(UserId user) {
        String token = "token-" + UserId.random();
        tokens.put(token, user);
        return token;
    }

    public FakeService service() {
        return service;
    }
}
