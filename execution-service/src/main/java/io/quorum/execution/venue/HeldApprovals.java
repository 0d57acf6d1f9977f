package io.quorum.execution.venue;

import io.quorum.contracts.event.Envelope;
import io.quorum.contracts.ids.EventId;
import io.quorum.contracts.orders.OrderApproved;
import io.quorum.contracts.serde.EventJson;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Approvals that arrived before their account's first reconciliation since start (table {@code held_approvals}): kept
 * whole, so none is lost or refused for that reason, and handed back in arrival order once the account is reconciled.
 * A redelivered approval is kept once.
 */
public class HeldApprovals {

    private final JdbcClient jdbc;

    public HeldApprovals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void hold(String account, Envelope<OrderApproved> approval, Instant at) {
        jdbc.sql("insert into held_approvals (event_id, account, envelope, held_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(approval.eventId().value(), account, EventJson.write(approval), Timestamp.from(at)).update();
    }

    @SuppressWarnings("unchecked")
    public List<Envelope<OrderApproved>> of(String account) {
        return jdbc.sql("select envelope from held_approvals where account = ? order by seq").param(account)
                .query(byte[].class).list().stream()
                .map(json -> (Envelope<OrderApproved>) EventJson.read(json)).toList();
    }

    public void release(EventId approval) {
        jdbc.sql("delete from held_approvals where event_id = ?").param(approval.value()).update();
    }

    public int count(String account) {
        return jdbc.sql("select count(*) from held_approvals where account = ?").param(account).query(Integer.class).single();
    }
}
