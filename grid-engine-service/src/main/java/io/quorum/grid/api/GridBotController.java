package io.quorum.grid.api;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.grid.engine.Grids;
import io.quorum.grid.engine.MarketClock;
import io.quorum.grid.platform.InvalidRequestException;
import io.quorum.grid.platform.Page;
import io.quorum.grid.platform.PageRequest;
import io.quorum.grid.slots.Grid;
import io.quorum.grid.slots.GridPerformance;
import io.quorum.grid.slots.GridStats;
import io.quorum.grid.slots.SlotRecord;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only views of a grid bot for its owner; any other caller is told the bot does not exist. */
@RestController
@RequestMapping("/api/grid-bot/{botId}")
public class GridBotController {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 500;

    private final Grids grids;
    private final MarketClock clock;

    public GridBotController(Grids grids, MarketClock clock) {
        this.grids = grids;
        this.clock = clock;
    }

    @GetMapping("/orders")
    GridBotViews.Orders orders(@RequestHeader(GatewayHeaders.USER_ID) String user, @PathVariable String botId) {
        Grid grid = owned(user, botId);
        GridSpec spec = grid.spec();
        return new GridBotViews.Orders(grid.bot().botId(), grid.bot().symbol(), grid.status(), grid.snapshot().reason(),
                grid.investment(), spec.triggerPrice(), spec.stopLossPrice(), spec.takeProfitPrice(), grid.slots().stream().map(slot -> level(grid.bot().botId(), slot.snapshot())).toList());
    }

    @GetMapping("/stats")
    GridBotViews.Stats stats(@RequestHeader(GatewayHeaders.USER_ID) String user, @PathVariable String botId) {
        Grid grid = owned(user, botId);
        GridStats stats = grid.stats();
        Optional<MarketClock.Latest> latest = clock.latest(grid.bot().symbol());
        GridPerformance performance = GridPerformance.of(grid, latest.map(MarketClock.Latest::price).orElse(null),
                latest.map(MarketClock.Latest::at).orElse(null));
        Grids.Activity activity = latest.map(l -> grids.activity(grid.bot().botId(), l.at())).orElse(Grids.Activity.NONE);
        return new GridBotViews.Stats(grid.bot().botId(), stats.realizedProfit(), stats.buyFills(), stats.sellFills(),
                stats.completedCycles(), stats.feesPaid(), performance.profitPerCycle(), performance.unrealizedPnl(),
                performance.lastPrice(), new GridBotViews.Activity(activity.fillsLast24h(), activity.cyclesLast24h()),
                performance.runningSince(), performance.runningFor() == null ? null : performance.runningFor().toString(),
                performance.annualizedReturnPercent() == null ? null : performance.annualizedReturnPercent().toPlainString(),
                grid.investment());
    }

    /** The bot's slot transitions, newest first, a page at a time ({@code ?limit=&cursor=}, {@code {items, next}}). */
    @GetMapping("/history")
    Page<GridBotViews.Transition> history(@RequestHeader(GatewayHeaders.USER_ID) String user, @PathVariable String botId,
                                          @RequestParam(name = "limit", required = false) String limit,
                                          @RequestParam(name = "cursor", required = false) String cursor) {
        BotId bot = owned(user, botId).bot().botId();
        PageRequest page = PageRequest.of(limit, cursor, DEFAULT_LIMIT, MAX_LIMIT);
        return Page.of(grids.history(bot, page.cursorNumber(), page.limit() + 1), page.limit(),
                listed -> PageRequest.cursor(Long.toString(listed.seq())), listed -> {
                    var t = listed.transition();
                    return new GridBotViews.Transition(t.slot(), t.from(), t.to(), t.at(), t.intentId(), t.round());
                });
    }

    private Grid owned(String user, String botId) {
        UserId caller = parse(GatewayHeaders.USER_ID, user, UserId::of);
        BotId bot = parse("botId", botId, BotId::of);
        return grids.find(bot)
                .filter(grid -> grid.bot().userId().equals(caller))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no grid bot " + bot));
    }

    private static GridBotViews.Level level(BotId bot, SlotRecord slot) {
        ClientOrderId clientOrderId = slot.intentId() == null ? null : ClientOrderId.forIntent(bot, slot.intentId());
        return new GridBotViews.Level(slot.index(), slot.buyPrice(), slot.sellPrice(), slot.quantity(), slot.state(),
                slot.intentId(), clientOrderId);
    }

    private static <T> T parse(String field, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "must be a UUID, was '" + text + "'");
        }
    }
}
