package io.quorum.execution.orders;

import io.quorum.contracts.ids.ClientOrderId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.util.Optional;

/**
 * On the live venue a TWAP's slices are venue orders of their own (each sent under its own orderLinkId), while what they
 * fill belongs to the parent order the allocation approved: the fill path asks here whose slice an order is, and
 * reports each slice fill applied.
 */
public interface SliceParents {

    /** The parent order of {@code order} when it is a TWAP slice; empty for any other order. */
    Optional<ClientOrderId> parentOf(ClientOrderId order);

    /** A fill of slice {@code slice} was applied to its parent, in the caller's transaction. */
    void sliceFilled(ClientOrderId slice, Price price, Quantity quantity, Money fee);
}
