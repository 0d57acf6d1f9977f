package io.quorum.gateway;

import io.quorum.contracts.ids.UserId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry as the gateway sees it: resolves the API tokens a test registered (401 for any other), serves the
 * public half of its signing key (which a test may rotate), links external subjects to users, echoes /api calls.
 */
public final class FakeRegistry {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, UserId> tokens = new ConcurrentHashMap<>();
    private final Map<String, UserId> externalUsers = new ConcurrentHashMap<>();
    private final AtomicReference<TestJwts> signer = new AtomicReference<>(new TestJwts(TestJwts.ecKey()));
    private final FakeService service = new FakeService(request -> {
        if (request.path().equals("/internal/auth/resolve")) {
            String authorization = request.header("Authorization");
            UserId user = authorization == null ? null : tokens.get(authorization.replaceFirst("^Bearer ", ""));
            return user == null
                    ? new FakeService.Answer(401, "{\"title\":\"Unauthorized\",\"status\":401}")
                    : new FakeService.Answer(200, "{\"userId\":\"" + user + "\"}");
        }
        if (request.path().equals("/internal/auth/jwks")) {
            return new FakeService.Answer(200, signer.get().publicKeys());
        }
        if (request.path().equals("/internal/auth/external")) {
            JsonNode subject = JSON.readTree(request.body());
            UserId user = externalUsers.computeIfAbsent(subject.path("issuer").asString() + "\n"
                    + subject.path("subject").asString(), key -> UserId.random());
            return new FakeService.Answer(200, "{\"userId\":\"" + user + "\"}");
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

    /** Forgets the token, as revoking it at the registry does. */
    public void revoke(String token) {
        tokens.remove(token);
    }

    /** Signs the platform's tokens: its public key is what {@code /internal/auth/jwks} serves. */
    public TestJwts signer() {
        return signer.get();
    }

    /** A new signing key with a new key id; the old one is no longer served. */
    public TestJwts rotateKey() {
        signer.set(new TestJwts(TestJwts.ecKey()));
        return signer.get();
    }

    /** The user the registry linked to an external subject, if it was asked. */
    public UserId externalUser(String issuer, String subject) {
        return externalUsers.get(issuer + "\n" + subject);
    }

    public FakeService service() {
        return service;
    }
}
