package io.quorum.grid.slots;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.Side;
import io.quorum.grid.levels.PlannedSlot;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class CycleProfitPropertiesTest {

    /** Simulates the cycle independently: what the sell brought in, less what the buy cost, less both fees. */
    @Property
    void aCompletedCycleBooksTheSellProceedsLessTheBuyCostAndBothFees(
            @ForAll @BigRange(min = "1", max = "100000") @Scale(2) BigDecimal buyPrice,
            @ForAll @BigRange(min = "1", max = "100000") @Scale(2) BigDecimal sellPrice,
            @ForAll @BigRange(min = "0.001", max = "50") @Scale(3) BigDecimal quantity,
            @ForAll @IntRange(min = 0, max = 10) int makerBasisPoints,
            @ForAll @IntRange(min = 1, max = 3) int partsOfTheBuy) {
        BigDecimal feeRate = BigDecimal.valueOf(makerBasisPoints, 4);
        Slot slot = Slot.planned(SlotTest.BOT, new PlannedSlot(0, Price.of(buyPrice), Price.of(sellPrice), Quantity.of(quantity)), 0, SlotTest.T0);
        slot.placeBuy(SlotTest.T0);
        BigDecimal part = quantity.divide(BigDecimal.valueOf(partsOfTheBuy), 3, java.math.RoundingMode.DOWN);
        BigDecimal bought = BigDecimal.ZERO;
        Money buyFees = Money.ZERO;
        for (int i = 1; i <= partsOfTheBuy; i++) {
            BigDecimal q = i == partsOfTheBuy ? quantity.subtract(bought) : part;
            if (q.signum() == 0) {
                continue;
            }
            Money fee = Money.of(buyPrice.multiply(q).multiply(feeRate));
            slot.buyFilled(new Fill(Side.BUY, Price.of(buyPrice), Quantity.of(q), fee, i == partsOfTheBuy), SlotTest.T0);
            bought = bought.add(q);
            buyFees = buyFees.plus(fee);
        }
        slot.placeSell(SlotTest.T0);
        Money sellFee = Money.of(sellPrice.multiply(quantity).multiply(feeRate));

        var profit = slot.sellFilled(new Fill(Side.SELL, Price.of(sellPrice), Quantity.of(quantity), sellFee, true), SlotTest.T0);

        BigDecimal expected = sellPrice.multiply(quantity).subtract(buyPrice.multiply(quantity))
                .subtract(buyFees.value()).subtract(sellFee.value());
        assertThat(profit).contains(Money.of(expected));
    }
}
