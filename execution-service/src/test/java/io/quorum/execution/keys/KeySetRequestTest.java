package io.quorum.execution.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quorum.execution.platform.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeySetRequestTest {

    private static KeySetRequest parse(String json) {
        return KeySetRequest.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void refused(String json, String field) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).field()).isEqualTo(field))
                .hasMessageNotContaining("SECRETVALUE");
    }

    @Test
    void aCompleteBodyIsReadAndItsToStringHidesTheValues() {
        KeySetRequest request = parse("""
                {"venue":"demo","apiKey":"KEYVALUE1234","apiSecret":"SECRETVALUE5678","label":" main "}""");

        assertThat(request.venue()).isEqualTo(KeyVenue.DEMO);
        assertThat(request.apiKey()).containsExactly("KEYVALUE1234".toCharArray());
        assertThat(request.label()).isEqualTo("main");
        assertThat(request.toString()).doesNotContain("KEYVALUE").doesNotContain("SECRETVALUE");
        request.wipe();
        assertThat(new String(request.apiSecret())).doesNotContain("SECRET");
    }

    @Test
    void eachBadFieldIsNamedWithoutRepeatingWhatWasSent() {
        refused("{\"apiKey\":\"KEYVALUE1234\",\"apiSecret\":\"SECRETVALUE5678\"}", "venue");
        refused("{\"venue\":\"SECRETVALUE\",\"apiKey\":\"KEYVALUE1234\",\"apiSecret\":\"SECRETVALUE5678\"}", "venue");
        refused("{\"venue\":\"DEMO\",\"apiSecret\":\"SECRETVALUE5678\"}", "apiKey");
        refused("{\"venue\":\"DEMO\",\"apiKey\":\"KEYVALUE1234\",\"apiSecret\":\"SECRETVALUE 5678\"}", "apiSecret");
        refused("{\"venue\":\"DEMO\",\"apiKey\":\"SHORT\",\"apiSecret\":\"SECRETVALUE5678\"}", "apiKey");
        refused("{\"venue\":\"DEMO\",\"apiKey\":{\"x\":\"SECRETVALUE\"},\"apiSecret\":\"SECRETVALUE5678\"}", "apiKey");
        refused("{\"venue\":\"DEMO\",\"apiKey\":\"KEYVALUE1234\",\"apiSecret\":\"SECRETVALUE5678\",\"label\":\""
                + "x".repeat(65) + "\"}", "label");
        refused("{\"venue\":\"DEMO\",\"apiKey\":\"KEYVALUE1234\",\"apiSecret\":SECRETVALUE5678}", "body");
        refused("[\"SECRETVALUE\"]", "body");
        refused("", "body");
    }
}
