package io.quorum.registry.users;

import io.quorum.registry.users.domain.SignUpBucket;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-up limit per client address ({@code quorum.auth.sign-ups}): {@code burst} at once, then {@code per-hour}
 * an hour, counted in the database across every gateway and registry instance.
 */
@ConfigurationProperties("quorum.auth.sign-ups")
public record SignUpSettings(@DefaultValue("20") int perHour, @DefaultValue("20") int burst) {

    public SignUpSettings {
        if (perHour < 1 || burst < 1) {
            throw new IllegalArgumentException("quorum.auth.sign-ups.per-hour and burst must be at least 1");
        }
    }

    public SignUpBucket bucket() {
        return SignUpBucket.perHour(perHour, burst);
    }
}
