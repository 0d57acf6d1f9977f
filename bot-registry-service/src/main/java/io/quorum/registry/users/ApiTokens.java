package io.quorum.registry.users;

import io.quorum.contracts.ids.UserId;
import io.quorum.registry.platform.InvalidRequestException;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The api_tokens table: each token's SHA-256 (never the token), its owner and name, when it was last used and revoked. */
public class ApiTokens {

    /** What a user may see about a token: everything but the token. */
    public record TokenInfo(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    private final JdbcClient jdbc;

    public ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID id, UserId owner, String name, String tokenHash, Instant now) {
        jdbc.sql("insert into api_tokens (id, user_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(id, owner.value(), name, tokenHash, Timestamp.from(now))
                .update();
    }

    /** The owner of a live (not revoked) token with this hash, noting that it was used now. */
    public Optional<UserId> use(String tokenHash, Instant now) {
        return jdbc.sql("update api_tokens set last_used_at = ? where token_hash = ? and revoked_at is null returning user_id")
                .params(Timestamp.from(now), tokenHash)
                .query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
                .optional();
    }

    /** A page of the owner's tokens, oldest first; a cursor is the creation time and id of the last token shown. */
    public Page<TokenInfo> of(UserId owner, PageRequest page) {
        Instant afterCreated = Instant.EPOCH;
        UUID afterId = new UUID(0, 0);
        if (page.after() != null) {
            String[] position = page.after().split("\\|", 2);
            try {
                afterCreated = Instant.parse(position[0]);
                afterId = UUID.fromString(position[1]);
            } catch (RuntimeException e) {
                throw new InvalidRequestException("cursor", "is not a cursor this list gave out");
            }
        }
        List<TokenInfo> rows = jdbc.sql("select id, name, created_at, last_used_at, revoked_at from api_tokens"
                        + " where user_id = ? and (created_at, id) > (?, ?) order by created_at, id limit ?")
                .params(owner.value(), Timestamp.from(afterCreated), afterId, page.limit() + 1)
                .query(ApiTokens::info)
                .list();
        return Page.of(rows, page.limit(), token -> token.createdAt() + "|" + token.id());
    }

    public int activeCount(UserId owner) {
        return jdbc.sql("select count(*) from api_tokens where user_id = ? and revoked_at is null")
                .param(owner.value())
                .query(Integer.class)
                .single();
    }

    /** Revokes the owner's token; false when the owner has no token with this id. Revoking twice keeps the first time. */
    public boolean revoke(UserId owner, UUID id, Instant now) {
        int found = jdbc.sql("update api_tokens set revoked_at = coalesce(revoked_at, ?) where id = ? and user_id = ?")
                .params(Timestamp.from(now), id, owner.value())
                .update();
        return found == 1;
    }

    private static TokenInfo info(ResultSet rs, int row) throws SQLException {
        return new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
