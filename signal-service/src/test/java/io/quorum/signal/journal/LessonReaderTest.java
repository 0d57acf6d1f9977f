package io.quorum.signal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonReaderTest {

    @Test
    void readsTheLessonFromJsonOrItsFirstFencedBlock() {
        assertThat(LessonReader.read("{\"lesson\": \"  respect the 4h trend \"}").lesson()).isEqualTo("respect the 4h trend");
        assertThat(LessonReader.read("Here:\n```json\n{\"lesson\":\"wait for a close above the EMA\"}\n```").lesson())
                .isEqualTo("wait for a close above the EMA");
    }

    @Test
    void proseAnEmptyLessonOrNothingIsGarbageWithTheReason() {
        assertThat(LessonReader.read("be careful").failure()).startsWith("no JSON object");
        assertThat(LessonReader.read("{\"lesson\":\"  \"}").failure()).startsWith("the answer has no lesson");
        assertThat(LessonReader.read("").failure()).isEqualTo("empty answer");
        assertThat(LessonReader.read("[1,2]").read()).isFalse();
    }

    @Test
    void aLessonTooLongForEveryLaterPromptIsCut() {
        String lesson = LessonReader.read("{\"lesson\":\"" + "x".repeat(1000) + "\"}").lesson();
        assertThat(lesson).hasSize(ReviewPrompt.MAX_LESSON + 1).endsWith("…");
    }
}
