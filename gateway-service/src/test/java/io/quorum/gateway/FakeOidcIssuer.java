package io.quorum.gateway;

/**
 * An external OpenID Connect issuer on a JDK HttpServer: its discovery document names itself and its JWK set,
 * which holds the public half of an RSA key; it signs tokens with the private half.
 */
public final class FakeOidcIssuer {

    private final TestJwts jwts = new TestJwts(TestJwts.rsaKey());
    private final FakeService server = new FakeService(request -> switch (request.path()) {
        case "/realms/quorum/.well-known/openid-configuration" -> new FakeService.Answer(200,
                "{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + issuer() + "/protocol/openid-connect/certs\","
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
        case "/realms/quorum/protocol/openid-connect/certs" -> new FakeService.Answer(200, jwtsPublicKeys());
        default -> new FakeService.Answer(404, "{}");
    });

    private String jwtsPublicKeys() {
        return jwts.publicKeys();
    }

    public String issuer() {
        return server.url() + "/realms/quorum";
    }

    public TestJwts jwts() {
        return jwts;
    }

    public FakeService server() {
        return server;
    }
}
