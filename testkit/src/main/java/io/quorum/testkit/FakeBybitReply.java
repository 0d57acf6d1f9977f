package io.quorum.testkit;

import tools.jackson.databind.JsonNode;

/** What {@link FakeBybit} puts in the V5 envelope: retCode 0 and a result, or an error code with an empty result. */
record FakeBybitReply(int retCode, String retMsg, JsonNode result) {

    static FakeBybitReply ok(JsonNode result) {
        return new FakeBybitReply(0, "OK", result);
    }

    static FakeBybitReply error(int retCode, String retMsg) {
        return new FakeBybitReply(retCode, retMsg, FakeBybit.JSON.createObjectNode());
    }

    /** A refusal raised while handling a request; the route turns it into the envelope. */
    static final class Refused extends RuntimeException {

        final int retCode;

        Refused(int retCode, String message) {
            super(message, null, false, false);
            this.retCode = retCode;
        }
    }
}
