package io.quorum.registry.users;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.users.domain.EmailTaken;
import io.quorum.registry.users.domain.User;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The users table: who they are and the Argon2id hash of their password (none for users of an external issuer). */
public class Users {

    /** What sign-in compares against. */
    public record Credentials(UserId id, String passwordHash) {
        @Override
        public String toString() {
            return "Credentials[id=" + id + ", passwordHash=***]";
        }
    }

    private final JdbcClient jdbc;

    public Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the user; refuses an email that is already registered (the unique index decides, also under races). */
    public void add(User user, String passwordHash) {
        try {
            jdbc.sql("insert into users (id, name, email, password_hash, created_at) values (?, ?, ?, ?, ?)")
                    .params(user.id().value(), user.details().name(), user.details().email(), passwordHash,
                            Timestamp.from(user.createdAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new EmailTaken(user.details().email());
        }
    }

    /** A user known only through an external issuer: a name, no email and no password. */
    public void addExternal(UserId id, String name, Instant now) {
        jdbc.sql("insert into users (id, name, email, password_hash, created_at) values (?, ?, null, null, ?)")
                .params(id.value(), name, Timestamp.from(now))
                .update();
    }

    public Optional<Credentials> credentialsOf(String email) {
        return jdbc.sql("select id, password_hash from users where email = ?")
                .param(email)
                .query((rs, n) -> new Credentials(new UserId(rs.getObject(1, UUID.class)), rs.getString(2)))
                .optional();
    }
}
