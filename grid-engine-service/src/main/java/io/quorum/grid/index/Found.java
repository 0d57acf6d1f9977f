package io.quorum.grid.index;

import io.quorum.contracts.ids.BotId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The numbers the {@link TickIndex} gives its grids, and the answer of one lookup. Each number has its bot and the
 * lookup that last found it in two arrays, so a grid reached through several prices is reported once without a
 * hash set, and reporting a grid reads two array slots instead of an object. Numbers of removed grids are reused.
 * Not thread-safe; the index guards it.
 */
final class Found implements IntConsumer {

    private BotId[] bots = new BotId[64];
    private long[] foundBy = new long[64];
    private int[] free = new int[16];
    private int freeCount;
    private int issued;
    private long lookup;
    private List<BotId> answer;

    /** A number for {@code bot}: a released one if any, else the next. */
    int take(BotId bot) {
        int number;
        if (freeCount > 0) {
            number = free[--freeCount];
        } else {
            number = issued++;
            if (number == bots.length) {
                bots = Arrays.copyOf(bots, number * 2);
                foundBy = Arrays.copyOf(foundBy, number * 2);
            }
        }
        bots[number] = bot;
        foundBy[number] = 0;
        return number;
    }

    void release(int number) {
        bots[number] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = number;
    }

    void start() {
        lookup++;
        answer = null;
    }

    /** Adds the grid to this lookup's answer unless the lookup already found it; allocates only for the first. */
    @Override
    public void accept(int number) {
        if (foundBy[number] == lookup) {
            return;
        }
        foundBy[number] = lookup;
        if (answer == null) {
            answer = new ArrayList<>();
        }
        answer.add(bots[number]);
    }

    List<BotId> bots() {
        return answer == null ? List.of() : answer;
    }
}
