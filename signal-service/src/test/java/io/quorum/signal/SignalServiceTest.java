package io.quorum.signal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.FakeOpenAi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The signal service on the shared embedded Kafka and PostgreSQL, with LLM providers {@code fake} (and
 * {@code fake-b}, {@code fake-c}), answered by testkit's local OpenAI-compatible server over real HTTP. Every
 * subclass shares one application context.
 */
@SpringBootTest(classes = SignalApplication.class, properties = "spring.config.name=" + SignalApplication.CONFIG_NAME)
@AutoConfigureMockMvc
public abstract class SignalServiceTest {

    protected static final String GATEWAY_SECRET = "local-dev-gateway-secret";
    protected static final FakeOpenAi LLM = FakeOpenAi.start();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "signal");
        registry.add("quorum.signal.llm.providers[0].name", () -> "fake");
        registry.add("quorum.signal.llm.providers[0].base-url", LLM::baseUrl);
        registry.add("quorum.signal.llm.providers[0].model", () -> "fake-model");
        registry.add("quorum.signal.llm.providers[0].api-key", () -> "sk-signal-test");
        registry.add("quorum.signal.llm.providers[0].timeout", () -> "PT20S");
        registry.add("quorum.signal.llm.providers[0].output-mode", () -> "JSON_MODE");
        registry.add("quorum.signal.llm.providers[0].max-concurrency", () -> "4");
        // a price for provider fake only, so its calls have an estimated cost (USD per million tokens)
        registry.add("quorum.metrics.llm.prices.fake.prompt-per-million", () -> "0.5");
        registry.add("quorum.metrics.llm.prices.fake.completion-per-million", () -> "1.5");
        // two more providers on the same fake server, answering as models fake-b and fake-c: panels of 3 LLM voters
        moreProviders(registry, 1, "fake-b");
        moreProviders(registry, 2, "fake-c");
    }

    private static void moreProviders(DynamicPropertyRegistry registry, int index, String name) {
        String provider = "quorum.signal.llm.providers[" + index + "].";
        registry.add(provider + "name", () -> name);
        registry.add(provider + "base-url", LLM::baseUrl);
        registry.add(provider + "model", () -> name);
        registry.add(provider + "api-key", () -> "sk-signal-test");
        registry.add(provider + "timeout", () -> "PT20S");
        registry.add(provider + "output-mode", () -> "JSON_MODE");
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    /** GET as the gateway forwards it for the given user. */
    protected MockHttpServletResponse getAs(UserId user, String path) throws Exception {
        return mvc.perform(get(path).header(GatewayHeaders.SECRET, GATEWAY_SECRET).header(GatewayHeaders.USER_ID, user.toString()))
                .andReturn().getResponse();
    }
}
