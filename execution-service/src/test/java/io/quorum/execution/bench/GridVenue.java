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
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The benchmark's market, the same for every run (fixed seed): {@code symbols} symbols, each with
 * {@code botsPerSymbol} grid bots of {@code levels} slots. A bot's grid is spaced 0.1–0.5 % around the
 * symbol's mid price; slots below the mid rest a buy at their lower price, slots above a sell at their
 * upper price. {@link #next} gives the grid's next order for a filled one (a filled buy becomes the sell one
 * level up, a filled sell the buy one level down), which is how the crossing workloads keep the books full; both
 * orders of every slot are built beforehand.
 *
 * <p>Ticks are prepared here too, so the measured loops allocate nothing of their own, per symbol:
 * <ul>
 *   <li>quiet prices strictly between the highest resting buy and the lowest resting sell;</li>
 *   <li>a walk sized like the recorded market: Quorum replays each 1m candle as four ticks (open, nearer
 *       extreme, other extreme, close), and over BTCUSDT's 30 recorded days (43,200 candles) a tick moves the
 *       price by 0.0168 % on average, rms 0.036 %, and 41 % of ticks do not move it (mostly the open, which
 *       repeats the previous close). The walk draws the same: no move with probability 0.41, otherwise an
 *       exponential step of mean 0.033 % up or down (mean |step| 0.0195 %, rms 0.036 %);</li>
 *   <li>a sweep: the price jumps between {@value #SWEEP_PERCENT} % below and above the mid on every tick,
 *       far more than any recorded tick, so that each tick crosses many orders;</li>
 *   <li>one level: up to the lowest resting sell and back down to the buy it becomes, so each tick crosses
 *       the orders of exactly one price.</li>
 * </ul>
 * Walk, sweep and one level go out and back, so replaying them in a loop never jumps.
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
    final Price[][] quiet;
    final Price[][] walk;
    final Price[][] sweep;
    final Price[][] oneLevel;
    int orders;

    GridVenue(int symbolCount, int botsPerSymbol, int levels, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        symbols = new Symbol[symbolCount];
        quiet = new Price[symbolCount][];
        walk = new Price[symbolCount][];
        sweep = new Price[symbolCount][];
        oneLevel = new Price[symbolCount][];
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
            quiet[s] = quietPrices(resting, tickScale, random);
            walk[s] = walk(mid, tickScale, random);
            sweep[s] = sweep(mid, tickScale);
            oneLevel[s] = oneLevel(s, resting);
        }
    }

    /**
     * Rests a bot's orders and builds, for every slot, both its orders: the buy at its lower price and the sell one
     * level up, one right after the other (so the one is found next to the other in memory), sharing the level prices.
     */
    private static void addBot(Symbol symbol, BigDecimal mid, int tickScale, int levels, SplittableRandom random,
                               List<RestingOrder> resting) {
        BotId bot = new BotId(new UUID(random.nextLong(), random.nextLong()));
        double spacing = 0.001 + random.nextDouble() * 0.004;
        double offset = 0.1 + random.nextDouble() * 0.8; // where the mid falls inside the middle slot
        int below = levels / 2;
        long midTicks = mid.unscaledValue().longValueExact();
        long step = Math.max(1, Math.round(midTicks * spacing));
        long base = Math.round(midTicks * (1 - (below + offset) * spacing));
        Price[] prices = new Price[levels + 1];
        for (int k = 0; k <= levels; k++) {
            prices[k] = Price.of(BigDecimal.valueOf(base + k * step, tickScale));
        }
        for (int k = 0; k < levels; k++) {
            ClientOrderId id = ClientOrderId.forIntent(bot, new IntentId(new UUID(random.nextLong(), random.nextLong())));
            SlotOrder buy = new SlotOrder(id, bot, symbol, Side.BUY, prices[k], PLACED_AT);
            SlotOrder sell = new SlotOrder(id, bot, symbol, Side.SELL, prices[k + 1], PLACED_AT);
            buy.twin = sell;
            sell.twin = buy;
            // slots below the mid rest their buy, the others their sell
            resting.add(k <= below ? buy : sell);
        }
    }

    /**
     * The grid's next order on the slot of an order that filled (a filled buy becomes the sell one level up, a
     * filled sell the buy one level down), built beforehand, so the measured loops neither allocate nor do decimal
     * arithmetic for it: one field of the filled order, which the fill reads anyway. The sides are checked, which
     * also reads the next order here, as the grid engine that had just built it would have it at hand.
     */
    static RestingOrder next(RestingOrder filled) {
        RestingOrder next = ((SlotOrder) filled).twin;
        if (next.side() == filled.side()) {
            throw new IllegalStateException(filled + " and its next order " + next + " are on one side");
        }
        return next;
    }

    /**
     * An order of the benchmark's market with the other order of its grid slot, built right after it: the stand-in
     * for the grid engine's next order, which in the service arrives as a freshly built object. (Before, a table
     * from each order to the other was probed for it: a cache miss a fill that both the book and the scans paid.)
     */
    private static final class SlotOrder extends RestingOrder {
        private SlotOrder twin;

        SlotOrder(ClientOrderId id, BotId bot, Symbol symbol, Side side, Price limit, Instant placedAt) {
            super(id, bot, symbol, side, limit, placedAt);
        }
    }

    /** Prices strictly between the highest resting buy and the lowest resting sell: they cross nothing. */
    private static Price[] quietPrices(List<RestingOrder> resting, int tickScale, SplittableRandom random) {
        long highestBuy = resting.stream().filter(order -> order.side() == Side.BUY)
                .mapToLong(order -> ticks(order.limitPrice(), tickScale)).max().orElseThrow();
        long lowestSell = resting.stream().filter(order -> order.side() == Side.SELL)
                .mapToLong(order -> ticks(order.limitPrice(), tickScale)).min().orElseThrow();
        if (lowestSell - highestBuy < 2) {
            throw new IllegalStateException("no gap between the resting buys and sells");
        }
        Price[] prices = new Price[QUIET_PRICES];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = Price.of(BigDecimal.valueOf(random.nextLong(highestBuy + 1, lowestSell), tickScale));
        }
        return prices;
    }

    private static long ticks(Price price, int tickScale) {
        return price.value().movePointRight(tickScale).longValueExact();
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

    /**
     * Crosses exactly one price level a tick: up to the lowest resting sell, whose order comes back as the buy
     * one level down, above every other buy; then down to that buy, which fills it and brings the sell back.
     */
    private Price[] oneLevel(int s, List<RestingOrder> resting) {
        RestingOrder lowestSell = resting.stream().filter(order -> order.side() == Side.SELL)
                .min(Comparator.comparing(RestingOrder::limitPrice)).orElseThrow();
        return new Price[] {lowestSell.limitPrice(), next(lowestSell).limitPrice()};
    }

    private static Price[] prices(long[] ticks, int tickScale) {
        Price[] prices = new Price[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            prices[i] = Price.of(BigDecimal.valueOf(ticks[i], tickScale));
        }
        return prices;
    }
}
