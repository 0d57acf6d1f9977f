package io.quorum.registry.bots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.bots.BotKind;
import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Percent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendBotRulesTest {

    private static final TrendSpec AGGRESSIVE = new TrendSpec(TemplateId.of("aggressive-trend"), Interval.M15,
            List.of(Interval.M15, Interval.H1, Interval.H4), Percent.of("2.5"), Percent.of("40"),
            new TrendSpec.LeverageBounds(2, 10),
            new TrendSpec.DistanceBounds(Percent.of("1.5"), Percent.of("12"), Percent.of("5")),
            new TrendSpec.DistanceBounds(Percent.of("0.5"), Percent.of("5"), Percent.of("2")), Percent.of("-10"),
            TrendSpec.defaultThresholds(), List.of("ema-cross", "rsi-bands"));

    private final BotRules rules = new BotRules(
            id -> id.equals(AGGRESSIVE.templateId()) ? Optional.of(AGGRESSIVE) : Optional.empty());

    private static BotDraft aiBot(String templateId, Integer leverage) {
        return new BotDraft("trend", BotKind.AI_TREND, "BTCUSDT", new BigDecimal("500"), leverage, null, templateId);
    }

    private String rejectedField(BotDraft draft) {
        Verdict verdict = rules.check(draft);
        assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
        return ((Verdict.Rejected) verdict).field();
    }

    @Test
    void anAiBotTakesItsTemplatesSettingsWithItsOwnSymbolBudgetAndLeverage() {
        BotSettings settings = rules.settingsOf(aiBot("aggressive-trend", 7));

        assertThat(settings.trend()).isEqualTo(AGGRESSIVE);
        assertThat(settings.grid()).isNull();
        assertThat(settings.leverage()).isEqualTo(7);
        assertThat(settings.budget().toString()).isEqualTo("500");
    }

    @Test
    void anAiBotNeedsAKnownWellFormedTemplate() {
        assertThat(rejectedField(aiBot(null, 5))).isEqualTo("templateId");
        assertThat(rejectedField(aiBot("  ", 5))).isEqualTo("templateId");
        assertThat(rejectedField(aiBot("no-such-template", 5))).isEqualTo("templateId");
        assertThat(rejectedField(aiBot("Not A Slug!", 5))).isEqualTo("templateId");
    }

    @Test
    void anAiBotsLeverageLiesWithinItsTemplatesBoundsAndThePlatformsCap() {
        assertThat(rejectedField(aiBot("aggressive-trend", 1))).isEqualTo("leverage");
        assertThat(rejectedField(aiBot("aggressive-trend", 11))).isEqualTo("leverage");
        assertThat(rejectedField(aiBot("aggressive-trend", 21))).isEqualTo("leverage");
        assertThat(rules.check(aiBot("aggressive-trend", 2)).allowed()).isTrue();
        assertThat(rules.check(aiBot("aggressive-trend", 10)).allowed()).isTrue();
    }

    @Test
    void aGridBotNamesNoTemplate() {
        BotDraft d = Drafts.valid();
        BotDraft withTemplate = new BotDraft(d.name(), d.kind(), d.symbol(), d.budget(), d.leverage(), d.grid(),
                "aggressive-trend");

        assertThat(rejectedField(withTemplate)).isEqualTo("templateId");
    }
}
