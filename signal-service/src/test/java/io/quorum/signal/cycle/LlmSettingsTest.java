package io.quorum.signal.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.signal.llm.LlmProvider;
import io.quorum.signal.llm.OutputMode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmSettingsTest {

    private static LlmSettings with(LlmSettings.Provider provider) {
        return new LlmSettings(new BigDecimal("0.00055"), Duration.ofSeconds(10), Duration.ofDays(7),
                new LlmSettings.Llm(List.of(provider), 500));
    }

    private static LlmSettings.Provider replaying(Path recording) {
        return new LlmSettings.Provider("default", null, "deepseek-chat", null, Duration.ofSeconds(30), OutputMode.JSON_MODE,
                8, recording);
    }

    @Test
    void aProviderReplayingARecordingNeedsNoUrlOrKey(@TempDir Path folder) throws Exception {
        Path recording = Files.writeString(folder.resolve("calls.jsonl"), "");

        LlmProvider provider = with(replaying(recording)).llm().providers().getFirst().provider();

        assertThat(provider.name()).isEqualTo("llm:default");
        assertThat(provider.model()).isEqualTo("deepseek-chat");
        assertThat(provider.baseUrl()).isEqualTo(recording.toUri().toString());
    }

    @Test
    void aRecordingThatIsNotThereStopsTheStart(@TempDir Path folder) {
        assertThatThrownBy(() -> with(replaying(folder.resolve("missing.jsonl"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no recording at");
    }

    @Test
    void aLiveProviderStillNeedsItsKey() {
        LlmSettings.Provider live = new LlmSettings.Provider("default", "http://localhost:1/v1", "m", null,
                Duration.ofSeconds(30), OutputMode.JSON_MODE, 8, null);

        assertThatThrownBy(live::provider).hasMessageContaining("api key");
    }
}
