package io.quorum.grid.levels;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.GridSpacing;
import io.quorum.contracts.bots.GridSpec;
import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.money.Money;
import io.quorum.contracts.money.Price;
import io.quorum.contracts.money.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GridPreviewerTest {

    private static final Symbol BTC = Symbol.of("BTCUSDT");
    private final GridPlanner planner = new GridPlanner(new BigDecimal("0.002"), new BigDecimal("0.00055"));
    private final GridPreviewer previewer = new GridPreviewer(new BigDecimal("0.0002"), new BigDecimal("0.00055"));

    @Test
    void previewsProfitPerGridAfterMakerFeesOnBothLegsAndWhatAllBuysCommit() {
        GridSpec spec = new GridSpec(Price.of("60000"), Price.of("64000"), 4, GridSpacing.ARITHMETIC);

        GridPreview preview = previewer.preview(BTC, (PlanOutcome.Planned) planner.plan(spec, BTC, Money.of("1000"), 2), 2);

        assertThat(preview.levelCount()).isEqualTo(4);
        assertThat(preview.quantityPerLevel()).isEqualTo(new GridPreview.QuantityRange(Quantity.of("0.007"), Quantity.of("0.008")));
        // (1000 − 0.0002 × 121000) / 60000 and (1000 − 0.0002 × 127000) / 63000, in percent
        assertThat(preview.profitPerGridPercent().lowestLevel()).isEqualByComparingTo("1.6263");
        assertThat(preview.profitPerGridPercent().highestLevel()).isEqualByComparingTo("1.5470");
        assertThat(preview.profitPerGridPercent().highestLevel().scale()).isEqualTo(4);
        // 0.008 × 1000 − 0.0002 × 0.008 × 121000, and 0.007 × 1000 − 0.0002 × 0.007 × 127000
        assertThat(preview.profitPerGrid()).isEqualTo(new GridPreview.AtEnds<>(Money.of("7.8064"), Money.of("6.8222")));
        // notional 480 + 488 + 496 + 441 = 1905: margin 952.5 at 2x, reserved taker fees 1.04775
        assertThat(preview.totalInvestment()).isEqualTo(Money.of("953.54775"));
    }

    @Test
    void theGridIsSizedOnItsInvestmentNotOnTheWholeBudget() {
        GridSpec spec = new GridSpec(Price.of("60000"), Price.of("64000"), 4, GridSpacing.ARITHMETIC, Money.of("500"),
                null, null, null);

        var planned = (PlanOutcome.Planned) planner.plan(spec, BTC, Money.of("1000"), 2);

        assertThat(planned.slots()).extracting(PlannedSlot::quantity)
                .containsExactly(Quantity.of("0.004"), Quantity.of("0.004"), Quantity.of("0.004"), Quantity.of("0.003"));
    }

    @Test
    void anInvestmentAboveTheBudgetIsRefusedNamingTheInvestment() {
        GridSpec spec = new GridSpec(Price.of("60000"), Price.of("64000"), 4, GridSpacing.ARITHMETIC, Money.of("1500"),
                null, null, null);

        assertThat(planner.plan(spec, BTC, Money.of("1000"), 2)).isEqualTo(new PlanOutcome.Refused("grid.investment",
                "the investment 1500 USDT exceeds the bot's budget 1000 USDT"));
    }

    @Test
    void refusalsNameTheFieldToChangeAndSayTheSpacingOrTheQuantityAgainstTheVenueRule() {
        var tooDense = (PlanOutcome.Refused) planner.plan(
                new GridSpec(Price.of("60000"), Price.of("60005"), 100, GridSpacing.ARITHMETIC), BTC, Money.of("100000"), 10);
        var tooSmall = (PlanOutcome.Refused) planner.plan(
                new GridSpec(Price.of("60000"), Price.of("64000"), 10, GridSpacing.ARITHMETIC), BTC, Money.of("50"), 1);

        assertThat(tooDense.field()).isEqualTo("grid.gridCount");
        assertThat(tooDense.reason()).contains("0.05 apart", "one price tick (0.1)");
        assertThat(tooSmall.field()).isEqualTo("grid.investment");
        assertThat(tooSmall.reason()).contains("quantity per level would be 0", "minimum order quantity 0.001");
    }
}
