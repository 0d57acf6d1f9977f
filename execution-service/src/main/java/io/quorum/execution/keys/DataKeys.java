package io.quorum.execution.keys;

import io.quorum.contracts.ids.UserId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users' data keys, stored only wrapped by a master key (table {@code data_keys}). */
class DataKeys {

    record Row(UserId user, DataKeyCipher.Wrapped wrapped) {
    }

    private final JdbcClient jdbc;

    DataKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The user's data key, locked until the transaction ends, so a store, a delete and a re-wrap queue up. */
    Optional<DataKeyCipher.Wrapped> locked(UserId user) {
        return jdbc.sql("select master_key_id, wrapped_key from data_keys where user_id = ? for update")
                .param(user.value())
                .query((rs, n) -> new DataKeyCipher.Wrapped(rs.getString(1), rs.getBytes(2))).optional();
    }

    Optional<DataKeyCipher.Wrapped> of(UserId user) {
        return jdbc.sql("select master_key_id, wrapped_key from data_keys where user_id = ?")
                .param(user.value())
                .query((rs, n) -> new DataKeyCipher.Wrapped(rs.getString(1), rs.getBytes(2))).optional();
    }

    /** False when another request created the user's data key first. */
    boolean insert(UserId user, DataKeyCipher.Wrapped wrapped, Instant at) {
        return jdbc.sql("insert into data_keys (user_id, master_key_id, wrapped_key, created_at) values (?, ?, ?, ?) "
                        + "on conflict (user_id) do nothing")
                .params(user.value(), wrapped.masterKeyId(), wrapped.blob(), Timestamp.from(at)).update() == 1;
    }

    void delete(UserId user) {
        jdbc.sql("delete from data_keys where user_id = ?").param(user.value()).update();
    }

    /**
     * Up to {@code limit} data keys wrapped by one of {@code masterKeyIds}, locked; rows another transaction holds
     * are skipped (a user storing keys right now, another replica's rotation), as are those in {@code skip}.
     */
    List<Row> lockWrappedBy(Collection<String> masterKeyIds, Collection<UUID> skip, int limit) {
        return jdbc.sql("select user_id, master_key_id, wrapped_key from data_keys where master_key_id = any(?) "
                        + "and not (user_id = any(?)) order by user_id limit ? for update skip locked")
                .params(masterKeyIds.toArray(String[]::new), skip.toArray(UUID[]::new), limit)
                .query((rs, n) -> new Row(new UserId(rs.getObject(1, UUID.class)),
                        new DataKeyCipher.Wrapped(rs.getString(2), rs.getBytes(3))))
                .list();
    }

    void replace(UserId user, DataKeyCipher.Wrapped wrapped, Instant at) {
        jdbc.sql("update data_keys set master_key_id = ?, wrapped_key = ?, rewrapped_at = ? where user_id = ?")
                .params(wrapped.masterKeyId(), wrapped.blob(), Timestamp.from(at), user.value()).update();
    }

    /** How many data keys each master key wraps. */
    Map<String, Long> countByMasterKey() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select master_key_id, count(*) from data_keys group by master_key_id order by master_key_id")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
