package io.quorum.registry.users;

import io.quorum.registry.users.domain.SignInRecord;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sign-in lockout ({@code quorum.auth.lockout}): after {@code threshold} consecutive failures for one email it is
 * locked for {@code first-window}, and after that each further failure locks it again for twice as long, at most
 * {@code max-window}; a record idle for {@code forget-after} is forgotten.
 */
@ConfigurationProperties("quorum.auth.lockout")
public record LockoutSettings(@DefaultValue("5") int threshold,
                              @DefaultValue("PT1M") Duration firstWindow,
                              @DefaultValue("PT1H") Duration maxWindow,
                              @DefaultValue("PT24H") Duration forgetAfter) {

    public SignInRecord.Policy policy() {
        return new SignInRecord.Policy(threshold, firstWindow, maxWindow, forgetAfter);
    }
}
