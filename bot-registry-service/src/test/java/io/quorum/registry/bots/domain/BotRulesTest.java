package io.quorum.registry.bots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.GridSpacing;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BotRulesTest {

    private final BotRules rules = new BotRules();

    private String rejectedField(BotDraft draft) {
        Verdict verdict = rules.check(draft);
        assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
        return ((Verdict.Rejected) verdict).field();
    }

    @Test
    void allowsAValidGridBotAndKeepsItsSettingsExact() {
        assertThat(rules.check(Drafts.valid()).allowed()).isTrue();
        BotSettings settings = rules.settingsOf(Drafts.valid());
        assertThat(settings.budget().toString()).isEqualTo("1000");
        assertThat(settings.grid().lower().toString()).isEqualTo("100000");
        assertThat(settings.grid().gridCount()).isEqualTo(20);
    }

    @Test
    void rejectsAMissingBlankOrTooLongName() {
        assertThat(rejectedField(Drafts.withName(null))).isEqualTo("name");
        assertThat(rejectedField(Drafts.withName("   "))).isEqualTo("name");
        assertThat(rejectedField(Drafts.withName("x".repeat(61)))).isEqualTo("name");
        assertThat(rules.check(Drafts.withName("x".repeat(60))).allowed()).isTrue();
    }

    @Test
    void rejectsANameWithAControlCharacter() {
        // a NUL would fail the insert (PostgreSQL text cannot hold one); a line break has no place on a card
        for (String name : new String[] {"grid\u0000", "grid\nbot", "\u001b[31mgrid"}) {
            assertThat(rejectedField(Drafts.withName(name))).isEqualTo("name");
        }
        assertThat(rules.check(Drafts.withName("grid 𝔘 ☃ \u00e9")).allowed()).isTrue();
    }

    @Test
    void rejectsAMissingKindAGridBotWithoutAGridAndAnAiBotWithOne() {
        assertThat(rejectedField(Drafts.withKind(null))).isEqualTo("kind");
        assertThat(rejectedField(Drafts.withKind(BotKind.AI_TREND))).isEqualTo("grid");
        assertThat(rejectedField(Drafts.withGrid(null))).isEqualTo("grid");
    }

    @Test
    void rejectsASymbolQuorumDoesNotTrade() {
        assertThat(rejectedField(Drafts.withSymbol("DOGEUSDT"))).isEqualTo("symbol");
        assertThat(rejectedField(Drafts.withSymbol("btc-usdt"))).isEqualTo("symbol");
        assertThat(rejectedField(Drafts.withSymbol(null))).isEqualTo("symbol");
    }

    @Test
    void rejectsAZeroNegativeOrMissingBudget() {
        assertThat(rejectedField(Drafts.withBudget("0"))).isEqualTo("budget");
        assertThat(rejectedField(Drafts.withBudget("-5"))).isEqualTo("budget");
        assertThat(rejectedField(Drafts.withBudget(null))).isEqualTo("budget");
    }

    @Test
    void rejectsLeverageOutsideOneToTwenty() {
        assertThat(rejectedField(Drafts.withLeverage(0))).isEqualTo("leverage");
        assertThat(rejectedField(Drafts.withLeverage(21))).isEqualTo("leverage");
        assertThat(rejectedField(Drafts.withLeverage(null))).isEqualTo("leverage");
        assertThat(rules.check(Drafts.withLeverage(1)).allowed()).isTrue();
        assertThat(rules.check(Drafts.withLeverage(20)).allowed()).isTrue();
    }

    @Test
    void rejectsGridCountsOutsideTwoToHundred() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 1)))).isEqualTo("grid.gridCount");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 101)))).isEqualTo("grid.gridCount");
        assertThat(rules.check(Drafts.withGrid(Drafts.grid("100000", "110000", 2))).allowed()).isTrue();
        assertThat(rules.check(Drafts.withGrid(Drafts.grid("100000", "110000", 100))).allowed()).isTrue();
    }

    @Test
    void rejectsALowerBoundNotBelowTheUpperBound() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("110000", "100000", 20)))).isEqualTo("grid.upper");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "100000", 20)))).isEqualTo("grid.upper");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("0", "100000", 20)))).isEqualTo("grid.lower");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", null, 20)))).isEqualTo("grid.upper");
    }

    @Test
    void rejectsAGridWithoutSpacing() {
        var grid = new BotDraft.Grid(new BigDecimal("100000"), new BigDecimal("110000"), 20, null);
        assertThat(rejectedField(Drafts.withGrid(grid))).isEqualTo("grid.spacing");
    }

    @Test
    void rejectsBoundsOffTheInstrumentTick() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000.05", "110000", 20)))).isEqualTo("grid.lower");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000.01", 20)))).isEqualTo("grid.upper");
        assertThat(rules.check(Drafts.withGrid(Drafts.grid("100000.1", "110000.9", 20))).allowed()).isTrue();
    }

    @Test
    void rejectsPricesTooLargeOrTooFineToReckonWith() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "1e999999999", 20)))).isEqualTo("grid.upper");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "1000000000000.1", 20)))).isEqualTo("grid.upper");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("1e-999999999", "110000", 20)))).isEqualTo("grid.lower");
    }

    @Test
    void keepsTheGridsOptionalEntryExitsAndInvestmentExact() {
        BotSettings settings = rules.settingsOf(Drafts.withGrid(Drafts.grid("100000", "110000", 20, "500.25", "104000.5",
                "95000", "115000")));

        assertThat(settings.grid().investment().toString()).isEqualTo("500.25");
        assertThat(settings.grid().triggerPrice().toString()).isEqualTo("104000.5");
        assertThat(settings.grid().stopLossPrice().toString()).isEqualTo("95000");
        assertThat(settings.grid().takeProfitPrice().toString()).isEqualTo("115000");
        assertThat(rules.settingsOf(Drafts.valid()).grid().investment()).isNull();
    }

    @Test
    void rejectsAnInvestmentThatIsNotPositiveOrAboveTheBudget() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, "0", null, null, null))))
                .isEqualTo("grid.investment");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, "-1", null, null, null))))
                .isEqualTo("grid.investment");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, "1000.01", null, null, null))))
                .isEqualTo("grid.investment");
        assertThat(rules.check(Drafts.withGrid(Drafts.grid("100000", "110000", 20, "1000", null, null, null))).allowed())
                .isTrue();
    }

    @Test
    void rejectsAStopLossNotBelowTheGrid() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, null, "100000", null))))
                .isEqualTo("grid.stopLossPrice");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, null, "0", null))))
                .isEqualTo("grid.stopLossPrice");
        assertThat(rules.check(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, null, "99999.9", null))).allowed())
                .isTrue();
    }

    @Test
    void rejectsATakeProfitNotAboveTheGrid() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, null, null, "110000"))))
                .isEqualTo("grid.takeProfitPrice");
        assertThat(rules.check(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, null, null, "110000.1"))).allowed())
                .isTrue();
    }

    @Test
    void rejectsATriggerNotBetweenTheStopLossAndTheTakeProfit() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, "95000", "95000", "115000"))))
                .isEqualTo("grid.triggerPrice");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, "115000", "95000", "115000"))))
                .isEqualTo("grid.triggerPrice");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, "0", null, null))))
                .isEqualTo("grid.triggerPrice");
        // outside the grid is fine: the grid waits for the price to come to it
        assertThat(rules.check(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, "96000", "95000", "115000")))
                .allowed()).isTrue();
        assertThat(rules.check(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, "120000", null, null)))
                .allowed()).isTrue();
    }

    @Test
    void rejectsEntryAndExitPricesOffTheInstrumentTick() {
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, "104000.05", null, null))))
                .isEqualTo("grid.triggerPrice");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, null, "95000.01", null))))
                .isEqualTo("grid.stopLossPrice");
        assertThat(rejectedField(Drafts.withGrid(Drafts.grid("100000", "110000", 20, null, null, null, "115000.03"))))
                .isEqualTo("grid.takeProfitPrice");
    }

    @Test
    void theFiveBotLimitAllowsTheFifthAndRejectsTheSixth() {
        var limit = new BotLimitPolicy();
        assertThat(limit.check(4).allowed()).isTrue();
        assertThat(limit.check(5)).isEqualTo(Verdict.reject("BotLimitPolicy", "bots", "a user may have at most 5 bots"));
    }

    @Test
    void geometricGridsAreAllowedToo() {
        var grid = new BotDraft.Grid(new BigDecimal("3000"), new BigDecimal("4000"), 10, GridSpacing.GEOMETRIC);
        var draft = new BotDraft("eth", BotKind.GRID, "ETHUSDT", new BigDecimal("250.5"), 5, grid);
        assertThat(rules.check(draft).allowed()).isTrue();
    }
}
