package io.quorum.signal.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Instrument;
import io.quorum.contracts.market.Instruments;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.orders.Side;
import io.quorum.signal.voting.Proposal;
import org.junit.jupiter.api.Test;

class TradeConfirmationTest {

    private static final Instrument BTC = Instruments.of(Symbol.of("BTCUSDT"));
    private static final Price ENTRY = Price.of("100000");

    private final TradeConfirmation confirmation = new TradeConfirmation();

    @Test
    void leverage125IsCutToTheBotsTenAndTheStopMovedSoTheLossStaysWithinMaxLoss() {
        Proposal greedy = new Proposal(Price.of("104000"), Price.of("95000"), 125);

        ConfirmedPlan plan = (ConfirmedPlan) confirmation.confirm(Side.BUY, ENTRY, greedy, Limits.conservative(), BTC);

        assertThat(plan.leverage()).isEqualTo(10);
        // a 5 % stop at 10x would lose 50 % of the margin; 10 % allows a 1 % stop
        assertThat(plan.stopLoss()).isEqualTo(Price.of("99000"));
        assertThat(plan.takeProfit()).isEqualTo(Price.of("104000"));
        assertThat(plan.adjustments()).anyMatch(note -> note.contains("leverage 125x lowered to 10x"))
                .anyMatch(note -> note.contains("so the loss at 10x stays within 10 % of margin"));
    }

    @Test
    void aShortWithTheStopBelowAndTheTargetAtTheEntryGetsTheTemplateDefaults() {
        Proposal confused = new Proposal(Price.of("100000"), Price.of("99000"), null);

        ConfirmedPlan plan = (ConfirmedPlan) confirmation.confirm(Side.SELL, ENTRY, confused, Limits.conservative(), BTC);

        // no leverage proposed: the bot's own 10x, at which the default 1 % stop is exactly the 10 % max loss
        assertThat(plan.leverage()).isEqualTo(10);
        assertThat(plan.stopLoss()).isEqualTo(Price.of("101000"));
        assertThat(plan.takeProfit()).isEqualTo(Price.of("98000"));
        assertThat(plan.adjustments()).hasSize(2).allMatch(note -> note.contains("wrong side"));
    }

    @Test
    void aTargetBeyondTheBoundIsPulledInAndPricesRoundTowardsTheEntry() {
        Proposal far = new Proposal(Price.of("150000"), Price.of("99676.54"), 2);

        ConfirmedPlan plan = (ConfirmedPlan) confirmation.confirm(Side.BUY, Price.of("100000.05"), far,
                Limits.conservative(), BTC);

        assertThat(plan.takeProfit()).isEqualTo(Price.of("110000"));
        // 99676.54 is off tick; rounded up to 99676.6, which is nearer the entry and loses less
        assertThat(plan.stopLoss()).isEqualTo(Price.of("99676.6"));
        assertThat(plan.leverage()).isEqualTo(2);
    }

    @Test
    void withoutAProposalABotTradesAtItsOwnLeverageAndTheTemplatesDefaultDistances() {
        HardLimits limits = Limits.conservative();
        HardLimits cautiousBot = new HardLimits(2, limits.leverage(), limits.takeProfit(), limits.stopLoss(),
                limits.maxLossOfMargin());

        ConfirmedPlan plan = (ConfirmedPlan) confirmation.confirm(Side.BUY, ENTRY, Proposal.NONE, cautiousBot, BTC);

        assertThat(plan.leverage()).isEqualTo(2);
        assertThat(plan.stopLoss()).isEqualTo(Price.of("99000"));
        assertThat(plan.takeProfit()).isEqualTo(Price.of("102000"));
    }

    @Test
    void aMaxLossTooSmallForOneTickIsRefused() {
        HardLimits limits = Limits.conservative();
        HardLimits impossible = new HardLimits(10, limits.leverage(), limits.takeProfit(), limits.stopLoss(),
                Percent.of("0.0001"));

        Confirmation outcome = confirmation.confirm(Side.SELL, ENTRY, new Proposal(null, null, 10), impossible, BTC);

        assertThat(outcome).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.reason()).contains("within one tick of the entry"));
    }
}
