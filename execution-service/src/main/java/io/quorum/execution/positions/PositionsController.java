package io.quorum.execution.positions;

import io.quorum.contracts.executions.PositionSide;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.execution.platform.Callers;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's positions, one per bot and symbol. */
@RestController
public class PositionsController {

    /** A position as the user sees it; realized PnL is before fees, which are shown apart; the venue-side stop and target. */
    public record PositionView(BotId botId, Symbol symbol, PositionSide side, Quantity size, Price entryPrice,
                               int leverage, Money realizedPnl, Money feesPaid, Price stopLoss, Price takeProfit,
                               Instant updatedAt) {
    }

    private final Positions positions;

    public PositionsController(Positions positions) {
        this.positions = positions;
    }

    @GetMapping("/api/positions")
    public List<PositionView> positions(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                                        @RequestParam(name = "botId", required = false) String botId) {
        return positions.ofUser(Callers.user(user), Callers.optionalBot(botId)).stream()
                .map(stored -> {
                    Position p = stored.position();
                    return new PositionView(p.botId(), p.symbol(), p.side(), p.size(), p.entryPrice(), p.leverage(),
                            p.realizedPnl(), p.feesPaid(), stored.protection().stopLoss(),
                            stored.protection().takeProfit(), stored.updatedAt());
                })
                .toList();
    }
}
