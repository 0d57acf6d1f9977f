package io.quorum.signal.voting;

import java.math.BigDecimal;

/**
 * The share of voters an action needs, as an exact fraction: "at least 2/3" or "more than 1/2".
 * A fraction rather than a decimal so that 2/3 of three voters is exactly two, never 1.99.
 * {@code strict} is for a majority: more than half of four voters is three, not two.
 */
public record Threshold(int numerator, int denominator, boolean strict) {

    public Threshold {
        if (numerator <= 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("a threshold must lie in (0, 1], was " + numerator + "/" + denominator);
        }
        if (strict && numerator == denominator) {
            throw new IllegalArgumentException("more than all voters can never be reached");
        }
    }

    public static Threshold atLeast(int numerator, int denominator) {
        return new Threshold(numerator, denominator, false);
    }

    public static Threshold moreThan(int numerator, int denominator) {
        return new Threshold(numerator, denominator, true);
    }

    public static Threshold majority() {
        return moreThan(1, 2);
    }

    /**
     * Reads a template's setting: {@code "2/3"}, {@code ">1/2"} or a decimal such as {@code "0.6"}
     * (at least 60 %).
     */
    public static Threshold parse(String text) {
        String trimmed = text.trim();
        boolean strict = trimmed.startsWith(">");
        String body = strict ? trimmed.substring(1).trim() : trimmed;
        try {
            int slash = body.indexOf('/');
            if (slash > 0) {
                return new Threshold(Integer.parseInt(body.substring(0, slash).trim()),
                        Integer.parseInt(body.substring(slash + 1).trim()), strict);
            }
            BigDecimal decimal = new BigDecimal(body).stripTrailingZeros();
            int scale = Math.max(decimal.scale(), 0);
            return new Threshold(decimal.movePointRight(scale).intValueExact(), BigDecimal.TEN.pow(scale).intValueExact(),
                    strict);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("a threshold reads like 2/3, >1/2 or 0.6, was '" + text + "'", e);
        }
    }

    /** Votes needed out of {@code voters} asked: ceil(t × n), or floor(t × n) + 1 when strict. */
    public int requiredOf(int voters) {
        if (voters <= 0) {
            throw new IllegalArgumentException("a quorum needs at least one voter");
        }
        long product = (long) numerator * voters;
        long required = strict ? product / denominator + 1 : (product + denominator - 1) / denominator;
        return (int) required;
    }

    @Override
    public String toString() {
        return (strict ? ">" : "") + numerator + "/" + denominator;
    }
}
