package io.quorum.execution.matching;

import io.quorum.contracts.ids.ClientOrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The orders resting at one price on one side of a book, oldest first. A level holds few orders (the
 * grids whose levels happen to coincide), so a small array is its queue and an order is found in it by
 * its id. {@code rank} orders the levels of a side: smaller is better (see {@link BookSide}).
 */
final class PriceLevel {

    final long rank;
    /** The exact limit price, so a tick can be tested against the best level without converting it. */
    final BigDecimal price;
    private RestingOrder[] orders = new RestingOrder[2];
    private int size;

    PriceLevel(long rank, BigDecimal price) {
        this.rank = rank;
        this.price = price;
    }

    /** Queues the order last; false (and nothing changes) when an order with its id is already here. */
    boolean add(RestingOrder order) {
        if (indexOf(order.clientOrderId()) >= 0) {
            return false;
        }
        if (size == orders.length) {
            orders = Arrays.copyOf(orders, size * 2);
        }
        orders[size++] = order;
        return true;
    }

    /** Takes the order with this id out of the queue; false when it is not here. */
    boolean remove(ClientOrderId id) {
        int at = indexOf(id);
        if (at < 0) {
            return false;
        }
        System.arraycopy(orders, at + 1, orders, at, size - at - 1);
        orders[--size] = null;
        return true;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds to {@code into}, in arrival order, the orders placed no later than {@code at}. */
    void collectPlacedBy(Instant at, List<RestingOrder> into) {
        for (int i = 0; i < size; i++) {
            // an order never fills on a trade that happened before it was placed
            if (!orders[i].placedAt().isAfter(at)) {
                into.add(orders[i]);
            }
        }
    }

    void collectAll(List<RestingOrder> into) {
        into.addAll(Arrays.asList(orders).subList(0, size));
    }

    private int indexOf(ClientOrderId id) {
        for (int i = 0; i < size; i++) {
            if (orders[i].clientOrderId().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
