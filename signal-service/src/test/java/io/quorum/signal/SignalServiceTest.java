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
 * The signal service on the shared embedded Kafka and PostgreSQL, with one LLM provider, {@code fake}, answered
 * by testkit's local OpenAI-compatible server over real HTTP. Every subclass shares one application context.
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
