package io.quorum.registry.users.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A user's name and email, checked and normalised: the email is lower-cased so one address is one user. */
public record UserDetails(String name, String email) {

    public static final int MAX_NAME = 60;
    private static final int MAX_EMAIL = 254;
    // deliberately loose: one @, something on each side, a dot in the domain; the mailbox proves the rest
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public UserDetails {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidUserDetails("name", "must be 1 to " + MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidUserDetails("name", "must not contain control characters");
        }
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches() || email.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidUserDetails("email", "must be an email address like alice@example.com");
        }
    }
}
