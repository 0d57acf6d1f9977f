package io.quorum.registry.users;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.users.domain.ApiToken;
import io.quorum.registry.users.domain.User;
import io.quorum.registry.users.domain.UserDetails;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** Signs users up and tells the gateway whose token it holds. */
public class UserRegistration {

    private final Users users;
    private final SecureRandom random;
    private final Clock clock;

    public UserRegistration(Users users, SecureRandom random, Clock clock) {
        this.users = users;
        this.random = random;
        this.clock = clock;
    }

    @Transactional
    public User.SignedUp signUp(UserDetails details) {
        User.SignedUp signedUp = User.signUp(details, random, clock.instant());
        users.add(signedUp.user());
        return signedUp;
    }

    @Transactional(readOnly = true)
    public Optional<UserId> resolve(String presentedToken) {
        return users.findByTokenHash(ApiToken.hashOf(presentedToken));
    }
}
