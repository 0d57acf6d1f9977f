package io.quorum.allocation.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape of every list this service answers: {@code items}, and {@code next}, the cursor
 * of the following page ({@code ?cursor=}), null on the last one.
 */
public record Page<T>(List<T> items, String next) {

    /**
     * A page from up to {@code limit + 1} rows read in list order: the extra row only tells that more follow;
     * {@code position} says where the last shown item stands, for the next cursor.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> shown = rows.subList(0, limit);
        return new Page<>(List.copyOf(shown), PageRequest.cursorAfter(position.apply(shown.getLast())));
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), next);
    }
}
