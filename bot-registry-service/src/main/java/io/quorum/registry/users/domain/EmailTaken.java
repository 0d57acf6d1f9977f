package io.quorum.registry.users.domain;

/** Someone already signed up with this email. */
public class EmailTaken extends RuntimeException {

    public EmailTaken(String email) {
        super("a user with email " + email + " already exists");
    }
}
