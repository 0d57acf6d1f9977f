package io.quorum.allocation.ledger.jdbc;

import io.quorum.allocation.intents.policy.IntentReview;
import io.quorum.allocation.ledger.Reservation;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.money.Money;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What approved orders hold back from their bots' budgets, one row per intent. */
public class Reservations {

    private final JdbcClient jdbc;

    public Reservations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Reservation> find(IntentId intentId) {
        return jdbc.sql("select intent_id, bot_id, amount, remaining, open from reservation where intent_id = ?")
                .param(intentId.value())
                .query((rs, n) -> new Reservation(new IntentId(rs.getObject(1, UUID.class)),
                        new BotId(rs.getObject(2, UUID.class)), Money.of(rs.getBigDecimal(3)),
                        Money.of(rs.getBigDecimal(4)), rs.getBoolean(5)))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Reservation reservation) {
        jdbc.sql("""
                        insert into reservation (intent_id, bot_id, amount, remaining, open) values (?, ?, ?, ?, ?)
                        on conflict (intent_id) do update set remaining = excluded.remaining, open = excluded.open""")
                .params(reservation.intentId().value(), reservation.botId().value(), reservation.amount().value(),
                        reservation.remaining().value(), reservation.isOpen())
                .update();
    }

    /**
     * A released bot holds nothing: any reservation still open (an order the venue never saw) is
     * closed, so it cannot later free money from the bot's next run.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeAllOf(BotId botId) {
        jdbc.sql("update reservation set remaining = 0, open = false where bot_id = ? and open").param(botId.value()).update();
    }

    /** How the approval behind the reservation was sized, kept beside it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordSizing(IntentId intentId, IntentReview.Sizing sizing, Money estimatedFee) {
        jdbc.sql("""
                        update reservation set expected_slippage_percent = ?, estimated_fee = ?, scale = ?, slippage_basis = ?
                        where intent_id = ?""")
                .params(sizing.expectedSlippage() == null ? null : sizing.expectedSlippage().value(), estimatedFee.value(),
                        sizing.scale(), sizing.basis().name(), intentId.value())
                .update();
    }
}
