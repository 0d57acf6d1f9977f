package io.quorum.execution.positions;

import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
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
 * The caller's positions, one per bot and symbol, by bot and symbol, a page at a time ({@code ?limit=&cursor=});
 * {@code ?botId=} of a bot that is not the caller's is 404.
 */
@RestController
public class PositionsController {

    /** A position as the user sees it; realized PnL is before fees, which are shown apart; the venue-side stop and target. */
    public record PositionView(BotId botId, Symbol symbol, PositionSide side, Quantity size, Price entryPrice,
                               int leverage, Money realizedPnl, Money feesPaid, Price stopLoss, Price takeProfit,
                               Instant updatedAt) {
    }

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final Positions positions;
    private final BotOwners owners;

    public PositionsController(Positions positions, BotOwners owners) {
        this.positions = positions;
        this.owners = owners;
    }

    @GetMapping("/api/positions")
    public Page<PositionView> positions(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                                        @RequestParam(name = "botId", required = false) String botId,
                                        @RequestParam(name = "limit", required = false) String limit,
                                        @RequestParam(name = "cursor", required = false) String cursor) {
        UserId caller = Callers.user(user);
        PageRequest page = PageRequest.of(limit, cursor, DEFAULT_LIMIT, MAX_LIMIT);
        Optional<BotId> bot = owners.callersBot(caller, botId);
        return Page.of(positions.ofUser(caller, bot, page.cursorValue().map(PositionsController::key), page.limit() + 1),
                page.limit(), stored -> PageRequest.cursor(stored.position().botId() + " " + stored.position().symbol().value()),
                PositionsController::view);
    }

    private static PositionView view(Positions.Stored stored) {
        Position p = stored.position();
        return new PositionView(p.botId(), p.symbol(), p.side(), p.size(), p.entryPrice(), p.leverage(),
                p.realizedPnl(), p.feesPaid(), stored.protection().stopLoss(), stored.protection().takeProfit(),
                stored.updatedAt());
    }

    private static Positions.Key key(String cursor) {
        String[] parts = cursor.split(" ", 2);
        try {
            return new Positions.Key(BotId.of(parts[0]), Symbol.of(parts[1]));
        } catch (RuntimeException e) {
            throw PageRequest.notACursor();
        }
    }
}
