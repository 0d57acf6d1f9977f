package io.quorum.execution.orders;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.executions.OrderFilled;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every fill the venue made: the executions a user sees. */
public class Fills {

    /** One fill as GET /api/executions shows it. */
    public record Fill(ClientOrderId clientOrderId, IntentId intentId, BotId botId, Symbol symbol, Side side, Price price,
                       Quantity quantity, Money fee, Liquidity liquidity, Instant filledAt) {
    }

    private final JdbcClient jdbc;

    public Fills(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(OrderFilled fill, Instant at) {
        jdbc.sql("insert into fills (client_order_id, intent_id, user_id, bot_id, symbol, side, price, quantity, fee, liquidity, filled_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(fill.clientOrderId().value(), fill.intentId().value(), fill.userId().value(),
                        fill.botId().value(), fill.order().symbol().value(), fill.order().side().name(),
                        fill.price().value(), fill.quantity().value(), fill.fee().value(),
                        fill.liquidity().name(), Timestamp.from(at))
                .update();
    }

    /** A fill with its place in the user's list. */
    public record Listed(long seq, Fill fill) {
    }

    /**
     * A user's fills, newest first (filled_at, then seq), optionally of one bot: up to {@code limit} of them after
     * the fill numbered {@code afterSeq} (the user's own; another's marks nothing and gives nothing).
     */
    public List<Listed> ofUser(UserId userId, Optional<BotId> botId, Optional<Long> afterSeq, int limit) {
        UUID bot = botId.map(BotId::value).orElse(null);
        Long after = afterSeq.orElse(null);
        return jdbc.sql("select * from fills where user_id = :user and (cast(:bot as uuid) is null or bot_id = :bot) "
                        + "and (cast(:after as bigint) is null or (filled_at, seq) < "
                        + "(select filled_at, seq from fills where seq = :after and user_id = :user)) "
                        + "order by filled_at desc, seq desc limit :limit")
                .param("user", userId.value()).param("bot", bot).param("after", after).param("limit", limit)
                .query((rs, row) -> new Listed(rs.getLong("seq"), new Fill(ClientOrderId.of(rs.getString("client_order_id")),
                        new IntentId(rs.getObject("intent_id", UUID.class)), new BotId(rs.getObject("bot_id", UUID.class)),
                        Symbol.of(rs.getString("symbol")), Side.valueOf(rs.getString("side")),
                        Price.of(rs.getBigDecimal("price")), Quantity.of(rs.getBigDecimal("quantity")),
                        Money.of(rs.getBigDecimal("fee")), Liquidity.valueOf(rs.getString("liquidity")),
                        rs.getTimestamp("filled_at").toInstant())))
                .list();
    }
}
