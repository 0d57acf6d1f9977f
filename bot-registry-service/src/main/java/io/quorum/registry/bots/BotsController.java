package io.quorum.registry.bots;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotDraft;
import io.quorum.registry.bots.domain.BotStatus;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A user's bots. The caller is whoever the gateway says; another user's bot answers 404. */
@RestController
@RequestMapping("/api/bots")
public class BotsController {

    record GridRequest(BigDecimal lower, BigDecimal upper, Integer gridCount, GridSpacing spacing,
                       BigDecimal investment, BigDecimal triggerPrice, BigDecimal stopLossPrice,
                       BigDecimal takeProfitPrice) {
    }

    /** A grid bot brings its {@code grid}; an AI trend bot names its {@code templateId} instead. */
    record CreateBotRequest(String name, BotKind kind, String symbol, BigDecimal budget, Integer leverage,
                            GridRequest grid, String templateId) {
        BotDraft draft() {
            return new BotDraft(name, kind, symbol, budget, leverage, grid == null ? null
                    : new BotDraft.Grid(grid.lower(), grid.upper(), grid.gridCount(), grid.spacing(), grid.investment(),
                            grid.triggerPrice(), grid.stopLossPrice(), grid.takeProfitPrice()), templateId);
        }
    }

    /** {@code grid} is set for grid bots; {@code templateId} and {@code trend} (the template's settings) for AI trend bots. */
    record BotView(BotId id, String name, BotKind kind, Symbol symbol, Money budget, int leverage, GridSpec grid,
                   TemplateId templateId, TrendSpec trend, BotStatus status, String statusReason, Instant createdAt,
                   Instant updatedAt) {
        static BotView of(Bot bot) {
            var s = bot.settings();
            return new BotView(bot.id(), s.name(), s.kind(), s.symbol(), s.budget(), s.leverage(), s.grid(),
                    s.trend() == null ? null : s.trend().templateId(), s.trend(), bot.status(), bot.statusReason(),
                    bot.createdAt(), bot.updatedAt());
        }
    }

    /** The outcome per bot of start-all or stop-all. */
    record FleetView(List<BotFleet.Result> results) {
    }

    private final BotCreation creation;
    private final BotCatalog catalog;
    private final BotStarts starts;
    private final BotLifecycle lifecycle;
    private final BotEdits edits;
    private final BotFleet fleet;

    BotsController(BotCreation creation, BotCatalog catalog, BotStarts starts, BotLifecycle lifecycle, BotEdits edits,
                   BotFleet fleet) {
        this.creation = creation;
        this.catalog = catalog;
        this.starts = starts;
        this.lifecycle = lifecycle;
        this.edits = edits;
        this.fleet = fleet;
    }

    @PostMapping
    ResponseEntity<BotView> create(@RequestHeader(GatewayHeaders.USER_ID) UserId caller,
                                   @RequestBody CreateBotRequest request) {
        Bot bot = creation.create(caller, request.draft());
        return ResponseEntity.created(URI.create("/api/bots/" + bot.id())).body(BotView.of(bot));
    }

    /** A page of the caller's bots, oldest first: {@code ?limit=} 1–100 (50), {@code ?cursor=} the last page's {@code next}. */
    @GetMapping
    Page<BotView> list(@RequestHeader(GatewayHeaders.USER_ID) UserId caller,
                       @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        return catalog.list(caller, PageRequest.of(limit, cursor)).map(BotView::of);
    }

    /**
     * Changes {@code name}, {@code budget} or {@code leverage} — nothing else (see {@link BotEditRequest}). The body
     * is read as text so that every field name can be checked against the allow-list, none silently dropped.
     */
    @PatchMapping("/{id}")
    BotView edit(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId id,
                 @RequestBody(required = false) String body) {
        BotEdit edit = BotEditRequest.read(body);
        return BotView.of(edits.edit(id, caller, edit));
    }

    /** Only a bot that is not running (CREATED or STOPPED); its history stays, readable in its audit trail. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId id) {
        catalog.delete(id, caller);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/start-all")
    FleetView startAll(@RequestHeader(GatewayHeaders.USER_ID) UserId caller) {
        return new FleetView(fleet.startAll(caller));
    }

    @PostMapping("/stop-all")
    FleetView stopAll(@RequestHeader(GatewayHeaders.USER_ID) UserId caller) {
        return new FleetView(fleet.stopAll(caller));
    }

    @GetMapping("/{id}")
    BotView get(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId id) {
        return BotView.of(catalog.get(id, caller));
    }

    @PostMapping("/{id}/start")
    BotView start(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId id) {
        return BotView.of(starts.start(id, caller));
    }

    /** Accepted, not done: the bot is STOPPED once its orders are cancelled and its budget released. */
    @PostMapping("/{id}/stop")
    ResponseEntity<BotView> stop(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId id) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(BotView.of(lifecycle.requestStop(id, caller)));
    }
}
