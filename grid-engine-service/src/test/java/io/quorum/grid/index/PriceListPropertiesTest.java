package io.quorum.grid.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        assertThat(list.countIn(low, high)).isEqualTo(wantedInRange.size());
    }

    /**
     * Changes staged in bursts — additions, removals, an entry added and removed again in one burst, several copies
     * of one entry (two slots of a grid at one price), runs of one key across blocks, bursts small enough to be
     * merged block by block and large enough to be applied one by one — mixed with changes made at once: after
     * every burst, a read sees exactly the multiset of entries the changes made one after the other give.
     */
    @Property(tries = 200)
    void stagedChangesReadAsIfEachWasMadeAtOnce(
            @ForAll @Size(min = 1, max = 2500) List<@IntRange(min = 0, max = 1_000_000) Integer> operations,
            @ForAll @IntRange(min = 1, max = 60) int keys,
            @ForAll @IntRange(min = 1, max = 300) int burst,
            @ForAll @IntRange(min = 0, max = 65) int low,
            @ForAll @IntRange(min = 0, max = 65) int high) {
        PriceList list = new PriceList();
        TreeMap<String, Integer> expected = new TreeMap<>();
        Map<Long, Map<Integer, Integer>> held = new TreeMap<>();
        int staged = 0;
        for (int operation : operations) {
            long key = operation % keys;
            int number = operation / keys % 40;
            int copies = held.getOrDefault(key, Map.of()).getOrDefault(number, 0);
            boolean remove = operation % 7 < 3 && copies > 0;
            boolean atOnce = operation % 11 == 0;
            if (remove) {
                if (atOnce) {
                    assertThat(list.remove(key, number)).isTrue();
                } else {
                    list.stageRemove(key, number);
                }
                held.get(key).merge(number, -1, Integer::sum);
            } else if (copies < 3) {
                if (atOnce) {
                    list.add(key, number);
                } else {
                    list.stageAdd(key, number);
                }
                held.computeIfAbsent(key, k -> new TreeMap<>()).merge(number, 1, Integer::sum);
            }
            if (++staged % burst == 0) {
                assertThat(entries(list)).isEqualTo(entries(held));
            }
        }
        assertThat(entries(list)).isEqualTo(entries(held));
        int size = 0;
        for (var numbers : held.values()) {
            for (int copies : numbers.values()) {
                size += copies;
            }
        }
        assertThat(list.size()).isEqualTo(size);
        List<Integer> inRange = new ArrayList<>();
        list.forEachIn(low, high, inRange::add);
        List<Integer> wantedInRange = new ArrayList<>();
        held.forEach((key, numbers) -> {
            if (low < key && key <= high) {
                numbers.forEach((number, copies) -> {
                    for (int c = 0; c < copies; c++) {
                        wantedInRange.add(number);
                    }
                });
            }
        });
        assertThat(inRange).isEqualTo(wantedInRange);
        assertThat(list.countIn(low, high)).isEqualTo(wantedInRange.size());
    }

    private static List<String> entries(PriceList list) {
        List<String> entries = new ArrayList<>();
        list.forEach((key, number) -> entries.add(key + ":" + number));
        return entries;
    }

    private static List<String> entries(Map<Long, Map<Integer, Integer>> held) {
        List<String> entries = new ArrayList<>();
        held.forEach((key, numbers) -> numbers.forEach((number, copies) -> {
            for (int c = 0; c < copies; c++) {
                entries.add(key + ":" + number);
            }
        }));
        return entries;
    }
}
