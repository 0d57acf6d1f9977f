package io.quorum.registry.bots;

import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotDraft;
import io.quorum.registry.bots.domain.BotStatus;
import io.quorum.registry.platform.InvalidRequestException;
import java.math.BigDecimal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A grid bot's grid config (the gateway routes {@code /api/grid-bot/*}{@code /config} here, the rest of {@code /api/grid-bot} to the grid engine). */
@RestController
@RequestMapping("/api/grid-bot/{botId}/config")
public class GridConfigController {

    /** The whole grid: optional fields left out are cleared; leverage left out stays as it is. */
    record GridConfigRequest(BigDecimal lower, BigDecimal upper, Integer gridCount, GridSpacing spacing,
                             BigDecimal investment, BigDecimal triggerPrice, BigDecimal stopLossPrice,
                             BigDecimal takeProfitPrice, Integer leverage) {
        BotDraft.Grid grid() {
            return new BotDraft.Grid(lower, upper, gridCount, spacing, investment, triggerPrice, stopLossPrice,
                    takeProfitPrice);
        }
    }

    /** {@code investment} null: the grid trades with the bot's whole budget. */
    record GridConfigView(BotId botId, Symbol symbol, Money budget, int leverage, Price lower, Price upper,
                          int gridCount, GridSpacing spacing, Money investment, Price triggerPrice,
                          Price stopLossPrice, Price takeProfitPrice, BotStatus status) {
        static GridConfigView of(Bot bot) {
            var s = bot.settings();
            GridSpec g = s.grid();
            return new GridConfigView(bot.id(), s.symbol(), s.budget(), s.leverage(), g.lower(), g.upper(),
                    g.gridCount(), g.spacing(), g.investment(), g.triggerPrice(), g.stopLossPrice(),
                    g.takeProfitPrice(), bot.status());
        }
    }

    private final GridConfigs configs;

    GridConfigController(GridConfigs configs) {
        this.configs = configs;
    }

    @GetMapping
    GridConfigView get(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId botId) {
        return GridConfigView.of(configs.get(botId, caller));
    }

    /**
     * Only while the bot is not running: the change applies from its next start. A refused field is named by its
     * path in this request's flat body ({@code gridCount}), as a type error in it is, not by its path in a bot
     * ({@code grid.gridCount}), which the creation rules and the grid engine's check give.
     */
    @PutMapping
    GridConfigView change(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId botId,
                          @RequestBody GridConfigRequest request) {
        try {
            return GridConfigView.of(configs.change(botId, caller, request.leverage(), request.grid()));
        } catch (InvalidRequestException e) {
            String field = e.field();
            if (field == null || !field.startsWith(GRID_PREFIX)) {
                throw e;
            }
            throw new InvalidRequestException(field.substring(GRID_PREFIX.length()), e.getMessage());
        }
    }

    private static final String GRID_PREFIX = "grid.";
}
