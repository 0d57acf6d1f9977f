package io.quorum.execution.keys;

import io.quorum.contracts.ids.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users' sealed key sets, one per user and venue (table {@code api_key_sets}). */
class KeySets {

    /** What a user may see of a stored key set: never the key or the secret. */
    record Metadata(KeyVenue venue, String label, String fingerprint, Instant createdAt, Instant updatedAt) {
    }

    record Sealed(byte[] apiKey, byte[] apiSecret) {
    }

    private final JdbcClient jdbc;

    KeySets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the set, replacing the user's earlier one for that venue (its creation time stays). */
    Metadata put(UserId user, KeyVenue venue, String label, Sealed sealed, String fingerprint, Instant at) {
        return jdbc.sql("insert into api_key_sets (user_id, venue, label, api_key, api_secret, fingerprint, created_at, "
                        + "updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (user_id, venue) do update set "
                        + "label = excluded.label, api_key = excluded.api_key, api_secret = excluded.api_secret, "
                        + "fingerprint = excluded.fingerprint, updated_at = excluded.updated_at "
                        + "returning venue, label, fingerprint, created_at, updated_at")
                .params(user.value(), venue.name(), label, sealed.apiKey(), sealed.apiSecret(), fingerprint,
                        Timestamp.from(at), Timestamp.from(at))
                .query(KeySets::metadata).single();
    }

    List<Metadata> of(UserId user) {
        return jdbc.sql("select venue, label, fingerprint, created_at, updated_at from api_key_sets where user_id = ? "
                        + "order by venue")
                .param(user.value()).query(KeySets::metadata).list();
    }

    Optional<Sealed> sealed(UserId user, KeyVenue venue) {
        return jdbc.sql("select api_key, api_secret from api_key_sets where user_id = ? and venue = ?")
                .params(user.value(), venue.name())
                .query((rs, n) -> new Sealed(rs.getBytes(1), rs.getBytes(2))).optional();
    }

    boolean delete(UserId user, KeyVenue venue) {
        return jdbc.sql("delete from api_key_sets where user_id = ? and venue = ?")
                .params(user.value(), venue.name()).update() == 1;
    }

    boolean anyOf(UserId user) {
        return jdbc.sql("select exists (select 1 from api_key_sets where user_id = ?)")
                .param(user.value()).query(Boolean.class).single();
    }

    private static Metadata metadata(ResultSet rs, int row) throws SQLException {
        return new Metadata(KeyVenue.valueOf(rs.getString("venue")), rs.getString("label"), rs.getString("fingerprint"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
