package io.quorum.signal.technical;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Independent RSI and EMA, written from their definitions, to check what ta4j computes. Two
 * seedings: ta4j 0.22's (the average starts at the value of bar {@code n}, bars before it are
 * warm-up) and the textbook one (the average starts as the simple mean of the first {@code n}).
 */
final class ReferenceIndicators {

    private static final MathContext MC = new MathContext(40);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReferenceIndicators() {
    }

    static BigDecimal emaSeededLikeTa4j(List<BigDecimal> closes, int n) {
        return smooth(closes, n, emaFactor(n), closes.get(n));
    }

    static BigDecimal emaTextbook(List<BigDecimal> closes, int n) {
        return smooth(closes, n, emaFactor(n), mean(closes.subList(0, n)));
    }

    static BigDecimal rsiSeededLikeTa4j(List<BigDecimal> closes, int n) {
        List<BigDecimal> gains = moves(closes, 1);
        List<BigDecimal> losses = moves(closes, -1);
        BigDecimal factor = BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC);
        return rsi(smooth(gains, n, factor, gains.get(n)), smooth(losses, n, factor, losses.get(n)));
    }

    static BigDecimal rsiTextbook(List<BigDecimal> closes, int n) {
        List<BigDecimal> gains = moves(closes, 1);
        List<BigDecimal> losses = moves(closes, -1);
        BigDecimal factor = BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC);
        // the first move is at index 1, so the first n moves are indices 1..n
        return rsi(smooth(gains, n, factor, mean(gains.subList(1, n + 1))),
                smooth(losses, n, factor, mean(losses.subList(1, n + 1))));
    }

    private static BigDecimal emaFactor(int n) {
        return BigDecimal.TWO.divide(BigDecimal.valueOf(n + 1L), MC);
    }

    /** average(i) = average(i−1) + factor × (value(i) − average(i−1)), from index n + 1 on. */
    private static BigDecimal smooth(List<BigDecimal> values, int n, BigDecimal factor, BigDecimal seed) {
        BigDecimal average = seed;
        for (int i = n + 1; i < values.size(); i++) {
            average = average.add(factor.multiply(values.get(i).subtract(average), MC), MC);
        }
        return average;
    }

    /** Upward (direction 1) or downward (−1) close-to-close moves, zero at index 0 and where the move went the other way. */
    private static List<BigDecimal> moves(List<BigDecimal> closes, int direction) {
        return java.util.stream.IntStream.range(0, closes.size())
                .mapToObj(i -> i == 0 ? BigDecimal.ZERO
                        : closes.get(i).subtract(closes.get(i - 1)).multiply(BigDecimal.valueOf(direction)).max(BigDecimal.ZERO))
                .toList();
    }

    private static BigDecimal rsi(BigDecimal averageGain, BigDecimal averageLoss) {
        if (averageLoss.signum() == 0) {
            return HUNDRED;
        }
        BigDecimal strength = averageGain.divide(averageLoss, MC);
        return HUNDRED.subtract(HUNDRED.divide(BigDecimal.ONE.add(strength), MC));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MC);
    }
}
