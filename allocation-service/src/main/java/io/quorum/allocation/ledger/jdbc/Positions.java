package io.quorum.allocation.ledger.jdbc;

import io.quorum.allocation.ledger.Position;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Quantity;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Each bot's long position per symbol, as far as margin and realized profit need it. */
public class Positions {

    private final JdbcClient jdbc;

    public Positions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Position> find(BotId botId, Symbol symbol) {
        return jdbc.sql("select qty, cost, margin, leverage from position where bot_id = ? and symbol = ?")
                .params(botId.value(), symbol.value())
                .query((rs, n) -> new Position(botId, symbol, Quantity.of(rs.getBigDecimal(1)),
                        Money.of(rs.getBigDecimal(2)), Money.of(rs.getBigDecimal(3)), rs.getInt(4)))
                .optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void save(Position position) {
        jdbc.sql("""
                        insert into position (bot_id, symbol, qty, cost, margin, leverage) values (?, ?, ?, ?, ?, ?)
                        on conflict (bot_id, symbol) do update set qty = excluded.qty, cost = excluded.cost,
                            margin = excluded.margin, leverage = excluded.leverage""")
                .params(position.botId().value(), position.symbol().value(), position.qty().value(),
                        position.cost().value(), position.margin().value(), position.leverage())
                .update();
    }

    /** A new run of a bot starts from a clean book (its previous run ended flat: execution closes positions on stop). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void clear(BotId botId) {
        jdbc.sql("delete from position where bot_id = ?").param(botId.value()).update();
    }
}
