package io.quorum.gateway;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.quorum.contracts.ids.UserId;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
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
    private final AtomicReference<List<TestJwts>> alsoPublished = new AtomicReference<>(List.of());
    private final FakeService service = new FakeService(request -> {
        if (request.path().equals("/internal/auth/resolve")) {
            String authorization = request.header("Authorization");
            UserId user = authorization == null ? null : tokens.get(authorization.replaceFirst("^Bearer ", ""));
            return user == null
                    ? new FakeService.Answer(401, "{\"title\":\"Unauthorized\",\"status\":401}")
                    : new FakeService.Answer(200, "{\"userId\":\"" + user + "\"}");
        }
        if (request.path().equals("/internal/auth/jwks")) {
            List<JWK> keys = new ArrayList<>();
            try {
                keys.addAll(JWKSet.parse(signer.get().publicKeys()).getKeys());
                for (TestJwts other : alsoPublished.get()) {
                    keys.addAll(JWKSet.parse(other.publicKeys()).getKeys());
                }
            } catch (ParseException e) {
                throw new IllegalStateException(e);
            }
            return new FakeService.Answer(200, new JWKSet(keys).toString());
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
        return publish(new TestJwts(TestJwts.ecKey()));
    }

    /** Signs with {@code signing} and serves its public key and those of {@code previous}, as a rotation's overlap. */
    public TestJwts publish(TestJwts signing, TestJwts... previous) {
        alsoPublished.set(List.of(previous));
        signer.set(signing);
        return signing;
    }

    /** The user the registry linked to an external subject, if it was asked. */
    public UserId externalUser(String issuer, String subject) {
        return externalUsers.get(issuer + "\n" + subject);
    }

    public FakeService service() {
        return service;
    }
}
