package io.quorum.gateway.auth;

import io.quorum.contracts.ids.UserId;

/** What the registry said about a bearer token. */
public sealed interface Resolution {

    record Authenticated(UserId user) implements Resolution {
    }

    /** The registry does not know the token. */
    record Rejected() implements Resolution {
    }

    /** The registry could not be asked; nobody is authenticated, but the client may retry. */
    record Unavailable(String reason) implements Resolution {
    }
}
