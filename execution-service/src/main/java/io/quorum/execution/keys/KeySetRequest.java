package io.quorum.execution.keys;

import io.quorum.execution.platform.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code PUT /api/keys} body, read here rather than by Spring's message converters: a converter's failure would
 * carry the offending JSON into an exception message, and from there into a debug log. Errors name the field and
 * never repeat what was sent. {@link #wipe()} overwrites the key and the secret.
 */
record KeySetRequest(KeyVenue venue, char[] apiKey, char[] apiSecret, String label) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 256;
    private static final int MAX_LABEL = 64;

    /** The body as sent; char arrays, so Jackson never makes a String of the values. */
    record Body(String venue, char[] apiKey, char[] apiSecret, String label) {
        @Override
        public String toString() {
            return "KeySetRequest.Body[venue=" + venue + ", label=" + label + ", apiKey=(hidden), apiSecret=(hidden)]";
        }
    }

    static KeySetRequest parse(byte[] json) {
        if (json == null || json.length == 0) {
            throw new InvalidRequestException("body", "is required: venue, apiKey, apiSecret and label");
        }
        Body body;
        try {
            body = JSON.readValue(json, Body.class);
        } catch (DatabindException e) {
            if (!e.getPath().isEmpty() && e.getPath().getFirst().getPropertyName() != null) {
                throw new InvalidRequestException(e.getPath().getFirst().getPropertyName(), "has the wrong type or format");
            }
            throw new InvalidRequestException("body", "must be a JSON object of venue, apiKey, apiSecret and label");
        } catch (JacksonException e) {
            throw new InvalidRequestException("body", "is not valid JSON");
        }
        if (body == null) {
            throw new InvalidRequestException("body", "must be a JSON object of venue, apiKey, apiSecret and label");
        }
        try {
            return new KeySetRequest(venue(body.venue()), credential("apiKey", body.apiKey()),
                    credential("apiSecret", body.apiSecret()), label(body.label()));
        } catch (InvalidRequestException e) {
            wipe(body.apiKey());
            wipe(body.apiSecret());
            throw e;
        }
    }

    static KeyVenue venue(String venue) {
        if (venue == null || venue.isBlank()) {
            throw new InvalidRequestException("venue", "is required: DEMO, TESTNET or MAINNET");
        }
        try {
            return KeyVenue.valueOf(venue.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("venue", "must be DEMO, TESTNET or MAINNET");
        }
    }

    private static char[] credential(String field, char[] value) {
        if (value == null || value.length == 0) {
            throw new InvalidRequestException(field, "is required");
        }
        boolean visibleAscii = true;
        for (char c : value) {
            visibleAscii &= c > ' ' && c < 0x7f;
        }
        if (value.length < MIN_LENGTH || value.length > MAX_LENGTH || !visibleAscii) {
            throw new InvalidRequestException(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH
                    + " visible ASCII characters, without spaces");
        }
        return value;
    }

    private static String label(String label) {
        if (label == null) {
            return "";
        }
        if (label.length() > MAX_LABEL || label.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("label", "must be at most " + MAX_LABEL + " characters, without control characters");
        }
        return label.strip();
    }

    void wipe() {
        wipe(apiKey);
        wipe(apiSecret);
    }

    private static void wipe(char[] value) {
        if (value != null) {
            Arrays.fill(value, '\0');
        }
    }

    @Override
    public String toString() {
        return "KeySetRequest[venue=" + venue + ", label=" + label + ", apiKey=(hidden), apiSecret=(hidden)]";
    }
}
