package io.quorum.execution.orders;

import io.quorum.contracts.executions.Liquidity;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderType;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.bots.BotOwners;
import io.quorum.execution.platform.Callers;
import io.quorum.execution.platform.Page;
import io.quorum.execution.platform.PageRequest;
import java.time.Instant;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's venue orders and fills, a page at a time ({@code ?limit=&cursor=}); nobody sees another user's, and
 * {@code ?botId=} of a bot that is not the caller's is 404.
 */
@RestController
public class OrdersController {

    /** One venue order; {@code price} is the limit price (absent for market orders). */
    public record OrderView(ClientOrderId clientOrderId, IntentId intentId, BotId botId, Symbol symbol, Side side,
                            OrderType type, Price price, Quantity quantity, OrderStatus status, Price fillPrice, Money fee,
                            Liquidity liquidity, String reason, Instant placedAt, Instant updatedAt) {

        static OrderView of(VenueOrder order) {
            var spec = order.spec();
            return new OrderView(order.clientOrderId(), order.intentId(), order.botId(), spec.symbol(), spec.side(),
                    spec.type(), spec.limitPrice(), spec.quantity(), order.status(), order.fillPrice(), order.fee(),
                    order.liquidity(), order.reason(), order.placedAt(), order.updatedAt());
        }
    }

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final VenueOrders orders;
    private final Fills fills;
    private final BotOwners owners;

    public OrdersController(VenueOrders orders, Fills fills, BotOwners owners) {
        this.orders = orders;
        this.fills = fills;
        this.owners = owners;
    }

    @GetMapping("/api/orders")
    public Page<OrderView> orders(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                                  @RequestParam(name = "botId", required = false) String botId,
                                  @RequestParam(name = "limit", required = false) String limit,
                                  @RequestParam(name = "cursor", required = false) String cursor) {
        UserId caller = Callers.user(user);
        PageRequest page = PageRequest.of(limit, cursor, DEFAULT_LIMIT, MAX_LIMIT);
        Optional<BotId> bot = owners.callersBot(caller, botId);
        return Page.of(orders.ofUser(caller, bot, page.cursorNumber(), page.limit() + 1), page.limit(),
                listed -> PageRequest.cursor(Long.toString(listed.seq())), listed -> OrderView.of(listed.order()));
    }

    @GetMapping("/api/executions")
    public Page<Fills.Fill> executions(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                                       @RequestParam(name = "botId", required = false) String botId,
                                       @RequestParam(name = "limit", required = false) String limit,
                                       @RequestParam(name = "cursor", required = false) String cursor) {
        UserId caller = Callers.user(user);
        PageRequest page = PageRequest.of(limit, cursor, DEFAULT_LIMIT, MAX_LIMIT);
        Optional<BotId> bot = owners.callersBot(caller, botId);
        return Page.of(fills.ofUser(caller, bot, page.cursorNumber(), page.limit() + 1), page.limit(),
                listed -> PageRequest.cursor(Long.toString(listed.seq())), Fills.Listed::fill);
    }
}
