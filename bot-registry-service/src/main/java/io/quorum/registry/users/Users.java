package io.quorum.registry.users;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.users.domain.User;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
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

    /**
     * Adds the user, or false when the email is already registered (the unique index decides, also under races). A
     * taken email does not fail the transaction, so what else it wrote (the sign-up counted) can still commit.
     */
    public boolean add(User user, String passwordHash) {
        return jdbc.sql("insert into users (id, name, email, password_hash, created_at) values (?, ?, ?, ?, ?) "
                        + "on conflict (email) do nothing")
                .params(user.id().value(), user.details().name(), user.details().email(), passwordHash,
                        Timestamp.from(user.createdAt()))
                .update() == 1;
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
