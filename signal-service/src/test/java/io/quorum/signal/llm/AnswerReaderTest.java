package io.quorum.signal.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.quorum.contracts.money.Price;
import io.quorum.signal.voting.Action;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AnswerReaderTest {

    @Test
    void readsAFullAnswerWithExactPrices() {
        AnswerReader.Reading reading = AnswerReader.read("""
                {"action":"long","confidence":0.72,"explanation":"EMA cross with rising volume",
                 "take_profit":66500.15,"stop_loss":"64100","leverage":5,"close_now":false,"update_existing":false}""");

        LlmAnswer answer = ((AnswerReader.Read) reading).answer();
        assertThat(answer.action()).isEqualTo(Action.LONG);
        assertThat(answer.confidence()).isEqualByComparingTo("0.72");
        assertThat(answer.takeProfit()).isEqualTo(Price.of("66500.15"));
        assertThat(answer.stopLoss()).isEqualTo(Price.of("64100"));
        assertThat(answer.leverage()).isEqualTo(5);
    }

    @Test
    void cutsTheAnswerOutOfAFencedBlockInProse() {
        AnswerReader.Reading reading = AnswerReader.read("""
                Looking at the 4h trend, I would wait.
                ```json
                {"action": "Stop-Loss", "confidence": 1, "explanation": "price broke the 4h low"}
                ```
                Good luck!""");

        LlmAnswer answer = ((AnswerReader.Read) reading).answer();
        assertThat(answer.action()).isEqualTo(Action.STOP_LOSS);
        assertThat(answer.confidence()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty answer               | ' '                                                              | empty answer
            prose without JSON         | I think the market goes up                                       | no JSON object
            a JSON array               | [1,2]                                                            | no JSON object
            unknown action             | {"action":"buy_more","confidence":0.5,"explanation":"x"}         | unknown action 'buy_more'
            missing explanation        | {"action":"hold","confidence":0.5}                               | no explanation
            blank explanation          | {"action":"hold","confidence":0.5,"explanation":"  "}            | no explanation
            confidence as a percentage | {"action":"hold","confidence":75,"explanation":"x"}              | confidence must be a number from 0 to 1
            missing confidence         | {"action":"hold","explanation":"x"}                              | confidence must be a number from 0 to 1
            negative stop              | {"action":"long","confidence":0.5,"explanation":"x","stop_loss":-5} | stop_loss must be a positive price
            fractional leverage        | {"action":"long","confidence":0.5,"explanation":"x","leverage":2.5} | leverage must be a whole number
            """)
    void rejectsAnswersNotInTheAskedForm(String scenario, String text, String reason) {
        AnswerReader.Reading reading = AnswerReader.read(text);

        assertThat(reading).isInstanceOfSatisfying(AnswerReader.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).contains(reason));
    }

    @Test
    void equalContextsGiveByteEqualPrompts() {
        assertThat(PromptWriter.write(Contexts.flat(), OutputMode.JSON_MODE))
                .isEqualTo(PromptWriter.write(Contexts.flat(), OutputMode.JSON_MODE));
    }
}
