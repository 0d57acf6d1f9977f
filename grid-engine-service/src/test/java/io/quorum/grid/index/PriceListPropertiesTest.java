package io.quorum.grid.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PriceListPropertiesTest {

    /**
     * Entries added and removed at random — few keys shared by many numbers, so runs of one key span several blocks —
     * are exactly those of a sorted set of (key, number): removals find their entry, a range reads the entries in it.
     */
    @Property(tries = 50)
    void entriesAddedAndRemovedAreThoseOfASortedSet(
            @ForAll @Size(min = 1, max = 3000) List<@IntRange(min = 0, max = 1_000_000) Integer> operations,
            @ForAll @IntRange(min = 1, max = 40) int keys,
            @ForAll @IntRange(min = 0, max = 45) int low,
            @ForAll @IntRange(min = 0, max = 45) int high) {
        PriceList list = new PriceList();
        TreeMap<Long, TreeSet<Integer>> expected = new TreeMap<>();
        for (int operation : operations) {
            long key = operation % keys;
            int number = operation / keys % 300;
            boolean present = expected.getOrDefault(key, new TreeSet<>()).contains(number);
            if (operation % 3 == 0) {
                assertThat(list.remove(key, number)).isEqualTo(present);
                if (present) {
                    expected.get(key).remove(number);
                }
            } else if (!present) {
                list.add(key, number);
                expected.computeIfAbsent(key, k -> new TreeSet<>()).add(number);
            }
        }
        List<String> held = new ArrayList<>();
        list.forEach((key, number) -> held.add(key + ":" + number));
        List<String> wanted = new ArrayList<>();
        expected.forEach((key, numbers) -> numbers.forEach(number -> wanted.add(key + ":" + number)));
        assertThat(held).isEqualTo(wanted);
        assertThat(list.size()).isEqualTo(wanted.size());

        List<Integer> inRange = new ArrayList<>();
        list.forEachIn(low, high, inRange::add);
        List<Integer> wantedInRange = new ArrayList<>();
        if (low < high) {
            expected.subMap((long) low, false, (long) high, true).values().forEach(wantedInRange::addAll);
        }
        assertThat(inRange).isEqualTo(wantedInRange);
    }
}
