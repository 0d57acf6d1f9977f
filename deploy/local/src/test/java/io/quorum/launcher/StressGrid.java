package io.quorum.launcher;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One grid of the stress replay, drawn from a seeded random source: a range somewhere between
 * 100k and 130k, 2–24 % wide, arithmetic or geometric, leverage 1–10, and — for some — a trigger,
 * a stop-loss below the range and a take-profit above it. The grid count is capped so each level's
 * quantity stays above BTCUSDT's minimum of 0.001 (the registry would refuse the bot otherwise).
 */
record StressGrid(Money budget, int leverage, String spacing, BigDecimal lower, BigDecimal upper, int gridCount,
                  Optional<Price> trigger, Optional<Price> stopLoss, Optional<Price> takeProfit) {

    private static final int[] LEVERAGES = {1, 2, 3, 5, 10};
    private static final int[] BUDGETS = {1500, 1800, 2000};
    private static final int[] HALF_WIDTH_PERMILLE = {10, 20, 40, 60, 80, 120};
    private static final BigDecimal SMALLEST_LEVEL_NOTIONAL = new BigDecimal("0.0013"); // BTC per level, above the 0.001 minimum

    static StressGrid random(Random random, int index) {
        int budget = BUDGETS[random.nextInt(BUDGETS.length)];
        int leverage = LEVERAGES[random.nextInt(LEVERAGES.length)];
        BigDecimal center = BigDecimal.valueOf(106_000 + 1_000L * random.nextInt(19));
        BigDecimal halfWidth = BigDecimal.valueOf(HALF_WIDTH_PERMILLE[random.nextInt(HALF_WIDTH_PERMILLE.length)], 3);
        BigDecimal lower = hundreds(center.multiply(BigDecimal.ONE.subtract(halfWidth)));
        BigDecimal upper = hundreds(center.multiply(BigDecimal.ONE.add(halfWidth)));
        int affordable = BigDecimal.valueOf((long) budget * leverage).multiply(new BigDecimal("0.98"))
                .divide(SMALLEST_LEVEL_NOTIONAL.multiply(upper), 0, RoundingMode.DOWN).intValue();
        int gridCount = Math.max(2, Math.min(affordable, 4 + random.nextInt(27)));
        Optional<Price> trigger = random.nextInt(100) < 15
                ? Optional.of(Price.of(hundreds(lower.add(upper.subtract(lower).multiply(new BigDecimal("0.6")))))) : Optional.empty();
        Optional<Price> stopLoss = random.nextInt(100) < 70
                ? Optional.of(Price.of(hundreds(lower.multiply(BigDecimal.ONE.subtract(BigDecimal.valueOf(5 + random.nextInt(40), 3))))))
                : Optional.empty();
        Optional<Price> takeProfit = random.nextInt(100) < 40
                ? Optional.of(Price.of(hundreds(upper.multiply(BigDecimal.ONE.add(BigDecimal.valueOf(5 + random.nextInt(30), 3))))))
                : Optional.empty();
        return new StressGrid(Money.of(BigDecimal.valueOf(budget)), leverage, index % 2 == 0 ? "ARITHMETIC" : "GEOMETRIC",
                lower, upper, gridCount, trigger, stopLoss, takeProfit);
    }

    Map<String, Object> request(String name) {
        Map<String, Object> grid = new HashMap<>(Map.of("lower", lower.toPlainString(), "upper", upper.toPlainString(),
                "gridCount", gridCount, "spacing", spacing));
        trigger.ifPresent(price -> grid.put("triggerPrice", price.toString()));
        stopLoss.ifPresent(price -> grid.put("stopLossPrice", price.toString()));
        takeProfit.ifPresent(price -> grid.put("takeProfitPrice", price.toString()));
        return Map.of("name", name, "kind", "GRID", "symbol", "BTCUSDT", "budget", budget.toString(), "leverage", leverage,
                "grid", grid);
    }

    private static BigDecimal hundreds(BigDecimal price) {
        return price.setScale(-2, RoundingMode.HALF_EVEN).setScale(0, RoundingMode.UNNECESSARY);
    }
}
