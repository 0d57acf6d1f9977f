package io.quorum.marketdata.replay.model;

import io.quorum.marketdata.candles.model.Candle;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Interleaves several symbols' candles (each in time order) into one stream in time order, so the
 * market step 10:00 of every symbol is replayed before 10:01 (or 10:05) of any. Within one step the
 * sources keep the order they were given in, so a replay is always the same sequence.
 */
public final class CandleMerge implements Iterator<Candle> {

    private record Head(Candle candle, int source) {
    }

    private final List<? extends Iterator<Candle>> sources;
    private final PriorityQueue<Head> heads = new PriorityQueue<>(
            Comparator.comparing((Head head) -> head.candle().openTime()).thenComparingInt(Head::source));

    public CandleMerge(List<? extends Iterator<Candle>> sources) {
        this.sources = List.copyOf(sources);
        for (int i = 0; i < this.sources.size(); i++) {
            advance(i);
        }
    }

    @Override
    public boolean hasNext() {
        return !heads.isEmpty();
    }

    @Override
    public Candle next() {
        Head head = heads.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        advance(head.source());
        return head.candle();
    }

    private void advance(int source) {
        Iterator<Candle> iterator = sources.get(source);
        if (iterator.hasNext()) {
            heads.add(new Head(iterator.next(), source));
        }
    }
}
