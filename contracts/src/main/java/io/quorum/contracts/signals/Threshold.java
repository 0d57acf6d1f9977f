package io.quorum.contracts.signals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share of the voters asked that an action needs, as an exact fraction so that 2/3 of three voters
 * is exactly two. On the wire a string: {@code "2/3"} means at least two thirds; {@code ">1/2"} means
 * more than half ({@code moreThan}), which is how a majority is written: of four voters it needs three.
 */
public record Threshold(int numerator, int denominator, boolean moreThan) {

    public static final int MAX_DENOMINATOR = 100;
    private static final Pattern FORMAT = Pattern.compile("(>?)([0-9]{1,3})/([0-9]{1,3})");

    public Threshold {
        if (denominator < 1 || denominator > MAX_DENOMINATOR || numerator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("a threshold must be a fraction in (0, 1] with a denominator of at most "
                    + MAX_DENOMINATOR + ", was " + numerator + "/" + denominator);
        }
        if (moreThan && numerator == denominator) {
            throw new IllegalArgumentException("more than all voters can never be reached: >" + numerator + "/" + denominator);
        }
    }

    public static Threshold atLeast(int numerator, int denominator) {
        return new Threshold(numerator, denominator, false);
    }

    public static Threshold moreThan(int numerator, int denominator) {
        return new Threshold(numerator, denominator, true);
    }

    /** More than half. */
    public static Threshold majority() {
        return moreThan(1, 2);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Threshold parse(String text) {
        Objects.requireNonNull(text, "threshold must not be null");
        Matcher m = FORMAT.matcher(text.replace(" ", ""));
        if (!m.matches()) {
            throw new IllegalArgumentException("a threshold reads like \"2/3\" (at least) or \">1/2\" (more than), was '"
                    + text + "'");
        }
        return new Threshold(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), !m.group(1).isEmpty());
    }

    @JsonValue
    @Override
    public String toString() {
        return (moreThan ? ">" : "") + numerator + "/" + denominator;
    }
}
