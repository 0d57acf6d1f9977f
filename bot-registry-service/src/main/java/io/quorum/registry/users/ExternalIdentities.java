package io.quorum.registry.users;

import io.quorum.contracts.ids.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The external_identities table: which Quorum user an external issuer's subject is. */
public class ExternalIdentities {

    private final JdbcClient jdbc;

    public ExternalIdentities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserId> find(String issuer, String subject) {
        return jdbc.sql("select user_id from external_identities where issuer = ? and subject = ?")
                .params(issuer, subject)
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** Links the subject to the user; false when another request linked it first (that link stands). */
    public boolean link(String issuer, String subject, UserId user, Instant now) {
        return jdbc.sql("insert into external_identities (issuer, subject, user_id, created_at) values (?, ?, ?, ?) "
                        + "on conflict (issuer, subject) do nothing")
                .params(issuer, subject, user.value(), Timestamp.from(now))
                .update() == 1;
    }
}
