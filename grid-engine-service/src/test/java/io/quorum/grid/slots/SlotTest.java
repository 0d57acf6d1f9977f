package io.quorum.grid.slots;

import static io.quorum.grid.slots.SlotState.BUY_FILLED;
import static io.quorum.grid.slots.SlotState.BUY_PLACED;
import static io.quorum.grid.slots.SlotState.PENDING;
import static io.quorum.grid.slots.SlotState.SELL_FILLED;
import static io.quorum.grid.slots.SlotState.SELL_PLACED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.IntentId;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.ids.UserId;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import io.quorum.contracts.orders.OrderIntentCreated;
import io.quorum.contracts.orders.Side;
import io.quorum.grid.levels.PlannedSlot;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlotTest {

    static final GridBot BOT = new GridBot(BotId.random(), UserId.random(), Symbol.of("BTCUSDT"), 3);
    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    private final Slot slot = Slot.planned(BOT, new PlannedSlot(2, Price.of("100"), Price.of("110"), Quantity.of("0.5")), 0, T0);

    static Fill fill(Side side, String price, String quantity, String fee, boolean completes) {
        return new Fill(side, Price.of(price), Quantity.of(quantity), Money.of(fee), completes);
    }

    static IntentId intent(GridBot bot, int slot, Side side, int round) {
        return IntentId.derive(bot.botId().toString(), "slot", String.valueOf(slot), side.name(), String.valueOf(round));
    }

    @Test
    void aFullCycleBuysAtItsLevelSellsOneLevelUpAndReArmsTheBuy() {
        OrderIntentCreated buy = slot.placeBuy(T0);
        assertThat(buy.intentId()).isEqualTo(intent(BOT, 2, Side.BUY, 0));
        assertThat(buy.gridLevel()).isEqualTo(2);
        assertThat(buy.order().side()).isEqualTo(Side.BUY);
        assertThat(buy.order().limitPrice()).isEqualTo(Price.of("100"));
        assertThat(buy.order().quantity()).isEqualTo(Quantity.of("0.5"));
        assertThat(buy.order().reduceOnly()).isFalse();
        assertThat(buy.order().leverage()).isEqualTo(3);

        slot.buyFilled(fill(Side.BUY, "100", "0.5", "0.01", true), T0.plusSeconds(1));
        assertThat(slot.state()).isEqualTo(BUY_FILLED);
        OrderIntentCreated sell = slot.placeSell(T0.plusSeconds(1));
        assertThat(sell.intentId()).isEqualTo(intent(BOT, 2, Side.SELL, 0));
        assertThat(sell.order().limitPrice()).isEqualTo(Price.of("110"));
        assertThat(sell.order().reduceOnly()).isTrue();

        var profit = slot.sellFilled(fill(Side.SELL, "110", "0.5", "0.02", true), T0.plusSeconds(2));
        assertThat(profit).contains(Money.of("4.97"));
        assertThat(slot.state()).isEqualTo(SELL_FILLED);
        OrderIntentCreated rearmed = slot.rearmBuy(T0.plusSeconds(2));
        assertThat(rearmed.intentId()).isEqualTo(intent(BOT, 2, Side.BUY, 1));
        assertThat(slot.state()).isEqualTo(BUY_PLACED);

        assertThat(slot.drainTransitions()).extracting(SlotTransition::to)
                .containsExactly(PENDING, BUY_PLACED, BUY_FILLED, SELL_PLACED, SELL_FILLED, BUY_PLACED);
    }

    @Test
    void transitionsCarryTheirEventTimeAndIntent() {
        slot.placeBuy(T0.plusSeconds(5));

        assertThat(slot.drainTransitions()).last()
                .isEqualTo(new SlotTransition(2, PENDING, BUY_PLACED, T0.plusSeconds(5), intent(BOT, 2, Side.BUY, 0), 0));
    }

    @Test
    void aPartialBuyFillKeepsTheBuyPlacedAndTheSellOffersWhatWasBought() {
        slot.placeBuy(T0);
        slot.buyFilled(fill(Side.BUY, "100", "0.2", "0.004", false), T0);
        assertThat(slot.state()).isEqualTo(BUY_PLACED);
        slot.buyFilled(fill(Side.BUY, "99.9", "0.3", "0.006", true), T0);

        OrderIntentCreated sell = slot.placeSell(T0);

        assertThat(sell.order().quantity()).isEqualTo(Quantity.of("0.5"));
        var profit = slot.sellFilled(fill(Side.SELL, "110", "0.5", "0.01", true), T0);
        // 55 − (20 + 29.97) − 0.01 − 0.01
        assertThat(profit).contains(Money.of("5.01"));
    }

    @Test
    void aRejectedBuyGoesBackToPendingAndTheNextBuyGetsAFreshIntentId() {
        OrderIntentCreated first = slot.placeBuy(T0);

        slot.orderFailed(T0.plusSeconds(1));

        assertThat(slot.state()).isEqualTo(PENDING);
        assertThat(slot.holds(first.intentId())).isFalse();
        assertThat(slot.placeBuy(T0.plusSeconds(2)).intentId()).isNotEqualTo(first.intentId()).isEqualTo(intent(BOT, 2, Side.BUY, 1));
    }

    @Test
    void aCancelledSellReturnsToHoldingAndRetriesTheSellWithAFreshIntentId() {
        slot.placeBuy(T0);
        slot.buyFilled(fill(Side.BUY, "100", "0.5", "0", true), T0);
        OrderIntentCreated sell = slot.placeSell(T0);

        slot.orderFailed(T0);

        assertThat(slot.state()).isEqualTo(BUY_FILLED);
        OrderIntentCreated retry = slot.placeSell(T0);
        assertThat(retry.intentId()).isNotEqualTo(sell.intentId()).isEqualTo(intent(BOT, 2, Side.SELL, 1));
        assertThat(retry.order().quantity()).isEqualTo(Quantity.of("0.5"));
    }

    @Test
    void aPartlyFilledBuyThatIsCancelledHoldsWhatItBoughtAndSellsOnlyThat() {
        slot.placeBuy(T0);
        slot.buyFilled(fill(Side.BUY, "100", "0.2", "0", false), T0);

        slot.orderFailed(T0);

        assertThat(slot.state()).isEqualTo(BUY_FILLED);
        assertThat(slot.placeSell(T0).order().quantity()).isEqualTo(Quantity.of("0.2"));
    }

    @Test
    void waitingSlotsPlaceOnlyWhenThePriceCrossesTheirSellPriceUpward() {
        assertThat(slot.placesOnCrossing(Price.of("105"), Price.of("110"))).isTrue();
        assertThat(slot.placesOnCrossing(Price.of("109.9"), Price.of("120"))).isTrue();
        assertThat(slot.placesOnCrossing(Price.of("110"), Price.of("111"))).isFalse();
        assertThat(slot.placesOnCrossing(Price.of("115"), Price.of("105"))).isFalse();
        assertThat(slot.placesOnCrossing(Price.of("100"), Price.of("109.9"))).isFalse();
        slot.placeBuy(T0);
        assertThat(slot.placesOnCrossing(Price.of("105"), Price.of("110"))).isFalse();
    }

    @Test
    void illegalTransitionsThrow() {
        assertThatThrownBy(() -> slot.placeSell(T0)).isInstanceOf(IllegalSlotTransitionException.class)
                .hasMessage("slot 2 cannot place a sell while PENDING");
        assertThatThrownBy(() -> slot.rearmBuy(T0)).isInstanceOf(IllegalSlotTransitionException.class);
        assertThatThrownBy(() -> slot.buyFilled(fill(Side.BUY, "100", "0.5", "0", true), T0))
                .isInstanceOf(IllegalSlotTransitionException.class);
        assertThatThrownBy(() -> slot.orderFailed(T0)).isInstanceOf(IllegalSlotTransitionException.class);

        slot.placeBuy(T0);
        assertThatThrownBy(() -> slot.placeBuy(T0)).isInstanceOf(IllegalSlotTransitionException.class);
        assertThatThrownBy(() -> slot.sellFilled(fill(Side.SELL, "110", "0.5", "0", true), T0))
                .isInstanceOf(IllegalSlotTransitionException.class);
        assertThatThrownBy(() -> slot.placeSell(T0)).isInstanceOf(IllegalSlotTransitionException.class);

        slot.buyFilled(fill(Side.BUY, "100", "0.5", "0", true), T0);
        assertThatThrownBy(() -> slot.buyFilled(fill(Side.BUY, "100", "0.5", "0", true), T0))
                .isInstanceOf(IllegalSlotTransitionException.class);
        assertThatThrownBy(() -> slot.orderFailed(T0)).isInstanceOf(IllegalSlotTransitionException.class);

        slot.placeSell(T0);
        assertThatThrownBy(() -> slot.buyFilled(fill(Side.BUY, "100", "0.5", "0", true), T0))
                .isInstanceOf(IllegalSlotTransitionException.class);
        assertThatThrownBy(() -> slot.rearmBuy(T0)).isInstanceOf(IllegalSlotTransitionException.class);
        assertThat(slot.state()).isEqualTo(SELL_PLACED);
    }

    @Test
    void aFillOfTheWrongSideIsRefused() {
        slot.placeBuy(T0);

        assertThatThrownBy(() -> slot.buyFilled(fill(Side.SELL, "100", "0.5", "0", true), T0))
                .isInstanceOf(IllegalSlotTransitionException.class);
        assertThat(slot.state()).isEqualTo(BUY_PLACED);
    }

    @Test
    void aRestoredSlotContinuesWhereItStood() {
        slot.placeBuy(T0);
        Slot restored = Slot.restore(BOT, slot.snapshot());

        restored.buyFilled(fill(Side.BUY, "100", "0.5", "0", true), T0);

        assertThat(restored.state()).isEqualTo(BUY_FILLED);
        assertThat(restored.placeSell(T0).intentId()).isEqualTo(intent(BOT, 2, Side.SELL, 0));
    }
}
