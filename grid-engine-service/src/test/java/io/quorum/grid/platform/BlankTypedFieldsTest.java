package io.quorum.grid.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This service's JSON mapper, as Spring Boot builds it with {@link WebConfiguration}, behind {@link ApiErrors}: a typed
 * body field given as empty text, spaces or a lone NUL is a 400 problem+json naming the field, never read as left out.
 */
class BlankTypedFieldsTest {

    enum Side { BUY, SELL }

    record Limits(Long maxOrders) {
    }

    record Body(Integer count, BigDecimal price, Double ratio, Boolean enabled, Side side, Limits limits) {
    }

    @RestController
    static class Echo {
        @PostMapping("/api/echo")
        Body echo(@RequestBody Body body) {
            return body;
        }
    }

    private static final ApplicationContextRunner CONTEXT = new ApplicationContextRunner()
            .withInitializer(context -> context.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
            .withUserConfiguration(WebConfiguration.class)
            .withPropertyValues("quorum.gateway.secret=blank-fields-test");

    static Stream<Arguments> blanks() {
        return Stream.of("count", "price", "ratio", "enabled", "side", "limits.maxOrders")
                .flatMap(field -> Stream.of("\"\"", "\"  \"", "\"\\u0000\"", "\"\\t\"")
                        .map(blank -> Arguments.of(field, blank)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("blanks")
    void aTypedFieldGivenBlankIsA400NamingIt(String field, String blank) {
        CONTEXT.run(context -> {
            JsonMapper json = context.getBean(JsonMapper.class);
            MockMvc mvc = MockMvcBuilders.standaloneSetup(new Echo()).setControllerAdvice(new ApiErrors())
                    .setMessageConverters(new JacksonJsonHttpMessageConverter(json)).build();
            String value = field.equals("limits.maxOrders") ? "{\"maxOrders\":" + blank + "}" : blank;
            String body = "{\"count\":3,\"price\":\"1.5\",\"" + field.split("\\.")[0] + "\":" + value + "}";

            var response = mvc.perform(post("/api/echo").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse();

            assertThat(response.getStatus()).as(body + " → " + response.getContentAsString()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            JsonNode problem = json.readTree(response.getContentAsString());
            assertThat(problem.path("field").asString()).isEqualTo(field);
            assertThat(problem.path("detail").asString()).startsWith(field + ": ");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void theSameFieldsGivenValuesOrLeftOutAreRead(String body, String expected) {
        CONTEXT.run(context -> {
            JsonMapper json = context.getBean(JsonMapper.class);
            MockMvc mvc = MockMvcBuilders.standaloneSetup(new Echo()).setControllerAdvice(new ApiErrors())
                    .setMessageConverters(new JacksonJsonHttpMessageConverter(json)).build();

            var response = mvc.perform(post("/api/echo").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse();

            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
            assertThat(json.readTree(response.getContentAsString())).isEqualTo(json.readTree(expected));
        });
    }

    static Stream<Arguments> valid() {
        return Stream.of(
                Arguments.of("{\"count\":\"7\",\"price\":\"2.50\",\"ratio\":0.5,\"enabled\":true,\"side\":\"SELL\","
                                + "\"limits\":{\"maxOrders\":\"9\"}}",
                        "{\"count\":7,\"price\":2.50,\"ratio\":0.5,\"enabled\":true,\"side\":\"SELL\",\"limits\":{\"maxOrders\":9}}"),
                Arguments.of("{\"count\":null}",
                        "{\"count\":null,\"price\":null,\"ratio\":null,\"enabled\":null,\"side\":null,\"limits\":null}"));
    }
}
