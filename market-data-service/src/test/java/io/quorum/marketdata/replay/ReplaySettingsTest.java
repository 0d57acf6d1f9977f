package io.quorum.marketdata.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.ids.Symbol;
import io.quorum.contracts.market.Interval;
import io.quorum.marketdata.replay.model.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class ReplaySettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReplaySettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class);

    @Test
    void defaultsReplayBothRecordedSymbolsAtATenthOfASecondPerMinuteOverEverything() {
        context.run(ctx -> {
            ReplaySettings settings = ctx.getBean(ReplaySettings.class);
            assertThat(settings.enabled()).isTrue();
            assertThat(settings.symbols()).containsExactly(Symbol.of("BTCUSDT"), Symbol.of("ETHUSDT"));
            assertThat(settings.speed()).isEqualTo(Duration.ofMillis(100));
            assertThat(settings.window()).isEqualTo(ReplayWindow.all());
            assertThat(settings.source()).isEqualTo(Recording.SHIPPED);
        });
    }

    @Test
    void bindsARecordingOfFiveMinuteCandlesOnDisk(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("BTCUSDT_5m.csv"), "timestamp,open,high,low,close,volume\n");
        context.withPropertyValues("quorum.replay.symbols=BTCUSDT", "quorum.replay.recording=" + folder,
                "quorum.replay.interval=5m").run(ctx ->
                assertThat(ctx.getBean(ReplaySettings.class).source()).isEqualTo(new Recording(folder.toString(), Interval.M5)));
    }

    @Test
    void refusesToStartWithAnUnknownInterval() {
        context.withPropertyValues("quorum.replay.interval=7m")
                .run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("intervalKnown"));
    }

    @Test
    void refusesToStartWhenTheRecordingLacksTheIntervalOfASymbol(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("BTCUSDT_15m.csv"), "timestamp,open,high,low,close,volume\n");
        context.withPropertyValues("quorum.replay.symbols=BTCUSDT", "quorum.replay.recording=" + folder,
                "quorum.replay.interval=5m").run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("everySymbolRecorded"));
    }

    @Test
    void bindsAWindowAndFullSpeed() {
        context.withPropertyValues("quorum.replay.symbols=ETHUSDT", "quorum.replay.speed=PT0S",
                "quorum.replay.from=2025-06-02T00:00:00Z", "quorum.replay.until=2025-06-03T00:00:00Z").run(ctx -> {
            ReplaySettings settings = ctx.getBean(ReplaySettings.class);
            assertThat(settings.symbols()).containsExactly(Symbol.of("ETHUSDT"));
            assertThat(settings.speed()).isZero();
            assertThat(settings.window()).isEqualTo(new ReplayWindow(Instant.parse("2025-06-02T00:00:00Z"), Instant.parse("2025-06-03T00:00:00Z")));
        });
    }

    @Test
    void refusesToStartWithANegativeSpeed() {
        context.withPropertyValues("quorum.replay.speed=-PT1S")
                .run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("speed"));
    }

    @Test
    void refusesToStartWithAWindowThatEndsBeforeItStarts() {
        context.withPropertyValues("quorum.replay.from=2025-06-03T00:00:00Z", "quorum.replay.until=2025-06-02T00:00:00Z")
                .run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("windowOrdered"));
    }

    @Test
    void refusesToStartWithASymbolThatHasNoRecording() {
        context.withPropertyValues("quorum.replay.symbols=BTCUSDT,DOGEUSDT")
                .run(ctx -> assertThat(ctx).getFailure().rootCause().hasMessageContaining("everySymbolRecorded"));
    }

    @Test
    void refusesToStartWithAMalformedSymbol() {
        context.withPropertyValues("quorum.replay.symbols=btc-usdt")
                .run(ctx -> assertThat(ctx).hasFailed());
    }
}
