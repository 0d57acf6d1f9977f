package io.quorum.execution.bench;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import io.quorum.execution.matching.RestingOrder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The benchmark's market, the same for every run (fixed seed): {@code symbols} symbols, each with
 * {@code botsPerSymbol} grid bots of {@code levels} slots. A bot's grid is spaced 0.1–0.5 % around the
 * symbol's mid price; slots below the mid rest a buy at their lower price, slots above a sell at their
 * upper price. {@link #flip} gives the grid's next order for a filled one (a filled buy becomes the sell one
 * level up, a filled sell the buy one level down), which is how the crossing workloads keep the books full.
 *
 * <p>Ticks are prepared here too, so the measured loops allocate nothing of their own, per symbol:
 * <ul>
 *   <li>quiet prices inside the empty gap around the mid;</li>
 *   <li>a walk sized like the recorded market: Quorum replays each 1m candle as four ticks (open, nearer
 *       extreme, other extreme, close), and over BTCUSDT's 30 recorded days (43,200 candles) a tick moves the
 *       price by 0.0168 % on average, rms 0.036 %, and 41 % of ticks do not move it (mostly the open, which
 *       repeats the previous close). The walk draws the same: no move with probability 0.41, otherwise an
 *       exponential step of mean 0.033 % up or down (mean |step| 0.0195 %, rms 0.036 %);</li>
 *   <li>a sweep: the price jumps between {@value #SWEEP_PERCENT} % below and above the mid on every tick,
 *       far more than any recorded tick, so that each tick crosses many orders.</li>
 * </ul>
 * Both walk and sweep go out and back, so replaying them in a loop never jumps.
 */
final class GridVenue {

    static final Instant PLACED_AT = Instant.parse("2030-01-01T00:00:00Z");
    static final Instant TICK_AT = PLACED_AT.plusSeconds(60);
    static final int QUIET_PRICES = 64;
    static final int WALK_STEPS = 4096;
    /** Share of the recorded ticks that do not move the price. */
    static final double STILL = 0.41;
    /** Mean of a moving step as a fraction of the price (exponential, so its rms is √2 × this). */
    static final double WALK_STEP = 0.00033;
    static final double SWEEP_PERCENT = 0.25;

    final Symbol[] symbols;
    final List<List<RestingOrder>> restingBySymbol = new ArrayList<>();
    /** Each bot's grid: arithmetic, {@code step} price ticks apart, from {@code base} up. */
    private record BotGrid(long base, long step, int tickScale) {
        Price price(int level) {
            return Price.of(BigDecimal.valueOf(base + level * step, tickScale));
        }
    }

    /** Per symbol, so the harness's own lookup stays small and cached and the book's work dominates the timing. */
    private final Map<Symbol, Map<BotId, BotGrid>> grids = new HashMap<>();
    final Price[][] quiet;
    final Price[][] walk;
    final Price[][] sweep;
    int orders;

    GridVenue(int symbolCount, int botsPerSymbol, int levels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        symbols = new Symbol[symbolCount];
        quiet = new Price[symbolCount][];
        walk = new Price[symbolCount][];
        sweep = new Price[symbolCount][];
        for (int s = 0; s < symbolCount; s++) {
            symbols[s] = Symbol.of("COIN%02dUSDT".formatted(s));
            // mids from 0.05 to 60,000 (log-uniform), quoted with five or six significant digits like Bybit's
            BigDecimal mid = BigDecimal.valueOf(0.05 * Math.pow(1_200_000, (double) s / Math.max(1, symbolCount - 1)));
            int tickScale = 5 - (int) Math.floor(Math.log10(mid.doubleValue()));
            mid = mid.setScale(tickScale, RoundingMode.HALF_EVEN);
            List<RestingOrder> resting = new ArrayList<>(botsPerSymbol * levels);
            for (int b = 0; b < botsPerSymbol; b++) {
                addBot(symbols[s], mid, tickScale, levels, random, resting);
            }
            restingBySymbol.add(resting);
            orders += resting.size();
            quiet[s] = quietPrices(mid, tickScale, random);
            walk[s] = walk(mid, tickScale, random);
            sweep[s] = sweep(mid, tickScale);
        }
    }

    private void addBot(Symbol symbol, BigDecimal mid, int tickScale, int levels, SplittableRandom random,
                        List<RestingOrder> resting) {
        BotId bot = new BotId(new UUID(random.nextLong(), random.nextLong()));
        double spacing = 0.001 + random.nextDouble() * 0.004;
        double offset = 0.1 + random.nextDouble() * 0.8; // where the mid falls inside the middle slot
        int below = levels / 2;
        long midTicks = mid.unscaledValue().longValueExact();
        long step = Math.max(1, Math.round(midTicks * spacing));
        BotGrid grid = new BotGrid(Math.round(midTicks * (1 - (below + offset) * spacing)), step, tickScale);
        grids.computeIfAbsent(symbol, s -> new HashMap<>()).put(bot, grid);
        for (int k = 0; k < levels; k++) {
            ClientOrderId id = ClientOrderId.forIntent(bot, new IntentId(new UUID(random.nextLong(), random.nextLong())));
            // slots below the mid rest their buy at their lower price, the others their sell one level up
            resting.add(k <= below
                    ? new RestingOrder(id, bot, symbol, Side.BUY, grid.price(k), PLACED_AT)
                    : new RestingOrder(id, bot, symbol, Side.SELL, grid.price(k + 1), PLACED_AT));
        }
    }

    /**
     * The grid's next order on the slot of a filled one, as a new order (as the venue would receive it): a filled
     * buy becomes the sell one level up, a filled sell the buy one level down.
     */
    RestingOrder flip(RestingOrder filled) {
        BotGrid grid = grids.get(filled.symbol()).get(filled.botId());
        long at = filled.limitPrice().value().movePointRight(grid.tickScale()).longValueExact();
        boolean bought = filled.side() == Side.BUY;
        Price next = Price.of(BigDecimal.valueOf(bought ? at + grid.step() : at - grid.step(), grid.tickScale()));
        return new RestingOrder(filled.clientOrderId(), filled.botId(), filled.symbol(), bought ? Side.SELL : Side.BUY,
                next, PLACED_AT);
    }

    /** Prices within ±0.005 % of the mid: every bot's nearest buy is below and nearest sell above. */
    private static Price[] quietPrices(BigDecimal mid, int tickScale, SplittableRandom random) {
        long midTicks = mid.unscaledValue().longValueExact();
        long halfGap = Math.max(1, midTicks / 20_000);
        Price[] prices = new Price[QUIET_PRICES];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = Price.of(BigDecimal.valueOf(midTicks + random.nextLong(-halfGap, halfGap + 1), tickScale));
        }
        return prices;
    }

    /** A random walk out and back again, so replaying it in a loop never jumps. */
    private static Price[] walk(BigDecimal mid, int tickScale, SplittableRandom random) {
        long[] ticks = new long[WALK_STEPS * 2];
        long at = mid.unscaledValue().longValueExact();
        for (int i = 0; i < WALK_STEPS; i++) {
            if (random.nextDouble() >= STILL) {
                double step = -Math.log(1 - random.nextDouble()) * WALK_STEP * at;
                at += (random.nextBoolean() ? 1 : -1) * Math.round(step);
            }
            ticks[i] = at;
        }
        for (int i = 0; i < WALK_STEPS; i++) {
            ticks[WALK_STEPS + i] = ticks[WALK_STEPS - 1 - i];
        }
        return prices(ticks, tickScale);
    }

    private static Price[] sweep(BigDecimal mid, int tickScale) {
        long at = mid.unscaledValue().longValueExact();
        long jump = Math.round(at * SWEEP_PERCENT / 100);
        return prices(new long[] {at - jump, at + jump}, tickScale);
    }

    private static Price[] prices(long[] ticks, int tickScale) {
        Price[] prices = new Price[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            prices[i] = Price.of(BigDecimal.valueOf(ticks[i], tickScale));
        }
        return prices;
    }
}
