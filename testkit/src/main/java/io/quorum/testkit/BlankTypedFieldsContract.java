package io.quorum.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service with a REST API promises about typed JSON body fields: given as empty text, spaces, a lone NUL
 * or a tab they are a 400 problem+json naming the field, never read as left out; given values, or left out, they are
 * read. A service's test extends this and names its own web configuration (the one that customizes Spring Boot's
 * JSON mapper) and its own error advice; the mapper is built by Spring Boot's Jackson auto-configuration, as in the
 * running service.
 */
public abstract class BlankTypedFieldsContract {

    /** The service's {@code @Configuration} that customizes the JSON mapper (it may need {@code quorum.gateway.secret}). */
    protected abstract Class<?> webConfiguration();

    /** The service's {@code @RestControllerAdvice} that answers problem+json. */
    protected abstract Object apiErrors();

    public enum Side { BUY, SELL }

    public record Limits(Long maxOrders) {
    }

    public record Body(Integer count, BigDecimal price, Double ratio, Boolean enabled, Side side, Limits limits) {
    }

    @RestController
    public static class Echo {
        @PostMapping("/api/echo")
        public Body echo(@RequestBody Body body) {
            return body;
        }
    }

    private interface Exchange {
        void with(JsonMapper json, MockMvc mvc) throws Exception;
    }

    private void run(Exchange exchange) {
        new ApplicationContextRunner()
                .withInitializer(context -> context.getBeanFactory()
                        .setConversionService(ApplicationConversionService.getSharedInstance()))
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withUserConfiguration(webConfiguration())
                .withPropertyValues("quorum.gateway.secret=blank-fields-test")
                .run(context -> {
                    JsonMapper json = context.getBean(JsonMapper.class);
                    exchange.with(json, MockMvcBuilders.standaloneSetup(new Echo()).setControllerAdvice(apiErrors())
                            .setMessageConverters(new JacksonJsonHttpMessageConverter(json)).build());
                });
    }

    private static MockHttpServletResponse post(MockMvc mvc, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/echo")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    public static Stream<Arguments> blanks() {
        return Stream.of("count", "price", "ratio", "enabled", "side", "limits.maxOrders")
                .flatMap(field -> Stream.of("\"\"", "\"  \"", "\"\\u0000\"", "\"\\t\"")
                        .map(blank -> Arguments.of(field, blank)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("blanks")
    public void aTypedFieldGivenBlankIsA400NamingIt(String field, String blank) {
        run((json, mvc) -> {
            String value = field.equals("limits.maxOrders") ? "{\"maxOrders\":" + blank + "}" : blank;
            String body = "{\"count\":3,\"price\":\"1.5\",\"" + field.split("\\.")[0] + "\":" + value + "}";

            MockHttpServletResponse response = post(mvc, body);

            assertThat(response.getStatus()).as(body + " → " + response.getContentAsString()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            JsonNode problem = json.readTree(response.getContentAsString());
            assertThat(problem.path("field").asString()).isEqualTo(field);
            assertThat(problem.path("detail").asString()).startsWith(field + ": ");
        });
    }

    public static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("{\"count\":\"7\",\"price\":\"2.50\",\"ratio\":0.5,\"enabled\":true,\"side\":\"SELL\","
                                + "\"limits\":{\"maxOrders\":\"9\"}}",
                        "{\"count\":7,\"price\":2.50,\"ratio\":0.5,\"enabled\":true,\"side\":\"SELL\",\"limits\":{\"maxOrders\":9}}"),
                Arguments.of("{\"count\":null}",
                        "{\"count\":null,\"price\":null,\"ratio\":null,\"enabled\":null,\"side\":null,\"limits\":null}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    public void theSameFieldsGivenValuesOrLeftOutAreRead(String body, String expected) {
        run((json, mvc) -> {
            MockHttpServletResponse response = post(mvc, body);

            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            assertThat(json.readTree(response.getContentAsString())).isEqualTo(json.readTree(expected));
        });
    }
}
