package io.quorum.grid.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as every list of the API answers (docs/architecture.md, "API conventions"):
 * the items, newest first, and {@code next}, the cursor of the following page, or null on the last.
 */
public record Page<T>(List<T> items, String next) {

    /**
     * The page out of rows read one beyond the limit: a row past the limit means there is a next page,
     * which starts after the last row shown.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, String> cursorOf, Function<R, T> view) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        return new Page<>(shown.stream().map(view).toList(), more ? cursorOf.apply(shown.getLast()) : null);
    }
}
