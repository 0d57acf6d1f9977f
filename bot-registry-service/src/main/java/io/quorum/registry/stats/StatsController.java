package io.quorum.registry.stats;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.registry.bots.BotCatalog;
import io.quorum.registry.bots.domain.Bot;
import io.quorum.registry.bots.domain.BotStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** A bot's results, and the summary of all the caller's bots. Another user's bot, or a deleted one, answers 404. */
@RestController
public class StatsController {

    /** {@code winRate}: wins in % of the trades that realized a profit or a loss; null before the first one. */
    record StatsView(BotId botId, BotStatus status, int leverage, Money realizedPnl, Money fees, Money netPnl,
                     int trades, int wins, int losses, BigDecimal winRate) {
    }

    /**
     * {@code totalPnl}: realized PnL less fees of the caller's bots; {@code averageWinRate}: the mean of the win rates
     * of the bots that have one, null when none has.
     */
    record SummaryView(int totalBots, int running, Money totalRealizedPnl, Money totalFees, Money totalPnl,
                       BigDecimal averageWinRate) {
    }

    private final BotCatalog catalog;
    private final BotResults results;

    StatsController(BotCatalog catalog, BotResults results) {
        this.catalog = catalog;
        this.results = results;
    }

    @GetMapping("/api/bots/{id}/stats")
    StatsView stats(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable BotId id) {
        Bot bot = catalog.get(id, caller);
        BotStats stats = results.of(id, caller).orElse(BotStats.NONE);
        return new StatsView(id, bot.status(), bot.settings().leverage(), stats.realizedPnl(), stats.fees(),
                stats.netPnl(), stats.trades(), stats.wins(), stats.losses(), stats.winRatePercent().orElse(null));
    }

    @GetMapping("/api/bots/summary")
    SummaryView summary(@RequestHeader(GatewayHeaders.USER_ID) UserId caller) {
        List<Bot> bots = catalog.list(caller);
        Map<BotId, BotStats> all = results.ofOwner(caller);
        List<BotStats> ofListed = bots.stream().map(bot -> all.getOrDefault(bot.id(), BotStats.NONE)).toList();
        Money realized = ofListed.stream().map(BotStats::realizedPnl).reduce(Money.ZERO, Money::plus);
        Money fees = ofListed.stream().map(BotStats::fees).reduce(Money.ZERO, Money::plus);
        List<BigDecimal> winRates = ofListed.stream().map(BotStats::winRatePercent).flatMap(Optional::stream).toList();
        BigDecimal average = winRates.isEmpty() ? null : winRates.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(winRates.size()), 2, RoundingMode.HALF_EVEN);
        int running = (int) bots.stream().filter(bot -> bot.status() == BotStatus.RUNNING).count();
        return new SummaryView(bots.size(), running, realized, fees, realized.minus(fees), average);
    }
}
