package io.quorum.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one caller may ask of the platform: a sustained rate and a burst per verified user (per
 * client address where no user is signed in yet), a much smaller rate of sign-ups per client address (each
 * sign-up tells whether an email is registered, so this bounds how fast one address can probe emails), and the
 * largest request body the gateway forwards.
 */
@ConfigurationProperties("quorum.gateway.limits")
public record LimitSettings(@DefaultValue("1200") int requestsPerMinute,
                            @DefaultValue("100") int burst,
                            @DefaultValue("100000") int maxCallers,
                            @DefaultValue("256KB") DataSize maxBodySize,
                            @DefaultValue("20") int signUpsPerHour,
                            @DefaultValue("20") int signUpBurst) {

    public LimitSettings {
        if (requestsPerMinute < 1 || burst < 1 || maxCallers < 1) {
            throw new IllegalArgumentException(
                    "quorum.gateway.limits.requests-per-minute, burst and max-callers must be at least 1");
        }
        if (signUpsPerHour < 1 || signUpBurst < 1) {
            throw new IllegalArgumentException(
                    "quorum.gateway.limits.sign-ups-per-hour and sign-up-burst must be at least 1");
        }
        if (maxBodySize == null || maxBodySize.toBytes() < 1 || maxBodySize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("quorum.gateway.limits.max-body-size must be between 1 byte and 2 GB");
        }
    }
}
