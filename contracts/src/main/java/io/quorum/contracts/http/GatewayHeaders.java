package io.quorum.contracts.http;

/**
 * Headers the gateway adds to every request it forwards. Services answer only requests that carry
 * the shared gateway secret, and take the caller's identity from the user header, never from the body.
 */
public final class GatewayHeaders {

    /** The authenticated user's id, resolved by the gateway from the bearer token. */
    public static final String USER_ID = "X-Quorum-User-Id";
    /** Proves the request came through the gateway (or another Quorum service for internal calls). */
    public static final String SECRET = "X-Quorum-Gateway-Secret";
    /**
     * The address of the client the gateway took the request from (its TCP peer; see docs/operations.md, *Limits*).
     * The gateway drops any the client sent and sets its own on every request it forwards; a service trusts it only
     * on a request that carries the secret. The registry counts sign-ups per this address.
     */
    public static final String CLIENT_ADDRESS = "X-Quorum-Client-Address";

    private GatewayHeaders() {
    }
}
