package io.quorum.registry.users.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * A password as the user typed it, checked against the sign-up rules. It lives only as long as the
 * request: it is hashed at once, and its {@code toString} never shows it.
 */
public final class Password {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /**
     * The password of a new account: 12 to 128 characters, none of them a control character (NUL, a line break, an
     * escape: no keyboard types them, and a client that sends them is broken or probing), and not the account's email
     * address.
     */
    public static Password forSignUp(String raw, UserDetails details) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidUserDetails("password", "is required");
        }
        int length = raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidUserDetails("password", "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (raw.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidUserDetails("password", "must not contain control characters");
        }
        if (raw.strip().toLowerCase(Locale.ROOT).equals(details.email())) {
            throw new InvalidUserDetails("password", "must not be the email address");
        }
        return new Password(raw);
    }

    /** A password presented at sign-in; it is only compared, so only its presence is checked. */
    public static Password presented(String raw) {
        if (raw == null || raw.isEmpty()) {
            throw new InvalidUserDetails("password", "is required");
        }
        if (raw.length() > 4 * MAX_LENGTH) {
            // no stored password is this long; refusing it early keeps hashing cost bounded
            throw new InvalidUserDetails("password", "is too long");
        }
        return new Password(raw);
    }

    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Password password && Objects.equals(value, password.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
