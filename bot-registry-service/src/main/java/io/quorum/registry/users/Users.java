package io.quorum.registry.users;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.users.domain.EmailTaken;
import io.quorum.registry.users.domain.User;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The users table. */
public class Users {

    private final JdbcClient jdbc;

    public Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the user; refuses an email that is already registered (the unique index decides, also under races). */
    public void add(User user) {
        try {
            jdbc.sql("insert into users (id, name, email, token_hash, created_at) values (?, ?, ?, ?, ?)")
                    .params(user.id().value(), user.details().name(), user.details().email(), user.tokenHash(),
                            Timestamp.from(user.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EmailTaken(user.details().email());
        }
    }

    public Optional<UserId> findByTokenHash(String tokenHash) {
        return jdbc.sql("select id from users where token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .optional();
    }
}
