package io.quorum.notifier;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.notifier.commands.FakePlatform;
import io.quorum.testkit.EmbeddedInfrastructure;
import io.quorum.testkit.FakeTelegram;
import io.quorum.testkit.WebhookRecorder;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notifier on the embedded Kafka and PostgreSQL, with fake Slack and Telegram. Every scenario
 * class extends this one so they share one application context (one consumer, one delivery worker)
 * and one Telegram fake; each scenario uses fresh users, and its own Slack fake when it needs one.
 */
@SpringBootTest(classes = NotifierApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=" + NotifierApplication.CONFIG_NAME)
@AutoConfigureMockMvc
public abstract class NotifierScenarioTest {

    protected static final String SECRET = "test-gateway-secret";
    protected static final WebhookRecorder TELEGRAM = WebhookRecorder.telegram();
    protected static final WebhookRecorder SLACK = WebhookRecorder.slack();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    /** The Bot API the Telegram commands long-poll (deliveries go to {@link #TELEGRAM}); unknown tokens get 401. */
    protected static final FakeTelegram TELEGRAM_API = new FakeTelegram();
    /** The registry's bots and the allocation's balance, as the commands call them. */
    protected static final FakePlatform PLATFORM = new FakePlatform(SECRET);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "notifier");
        registry.add("quorum.gateway.secret", () -> SECRET);
        registry.add("quorum.notifier.telegram.base-url", TELEGRAM::baseUrl);
        registry.add("quorum.notifier.delivery.initial-backoff", () -> "PT0.05S");
        registry.add("quorum.notifier.delivery.max-backoff", () -> "PT0.5S");
        registry.add("quorum.notifier.delivery.max-attempts", () -> "4");
        registry.add("quorum.notifier.delivery.poll", () -> "PT0.1S");
        registry.add("quorum.notifier.delivery.max-per-minute", () -> "10");
        // a fake that holds its answer holds it until the test lets go, not until a timeout the load could reach
        registry.add("quorum.notifier.delivery.read-timeout", () -> "PT60S");
        registry.add("quorum.notifier.delivery.lease", () -> "PT15M");
        registry.add("quorum.notifier.telegram.commands.base-url", TELEGRAM_API::baseUrl);
        registry.add("quorum.notifier.telegram.commands.long-poll", () -> "PT1S");
        registry.add("quorum.notifier.telegram.commands.refresh", () -> "PT0.2S");
        registry.add("quorum.notifier.services.registry-url", PLATFORM::url);
        registry.add("quorum.notifier.services.allocation-url", PLATFORM::url);
    }

    @Autowired
    protected MockMvc mvc;

    protected static MockHttpServletRequestBuilder as(UserId user, MockHttpServletRequestBuilder request) {
        return request.header(GatewayHeaders.SECRET, SECRET).header(GatewayHeaders.USER_ID, user.toString());
    }

    /** Slack at {@code slackUrl} and Telegram to the shared fake under chat {@code chatId}, both enabled. */
    protected void configureBoth(UserId user, String slackUrl, String chatId) throws Exception {
        putSettings(user, """
                {"slack":{"webhookUrl":"%s","enabled":true},
                 "telegram":{"botToken":"123456:%s","chatId":"%s","enabled":true}}"""
                .formatted(slackUrl, "token-" + chatId, chatId));
    }

    protected void configureSlackOnly(UserId user, String slackUrl) throws Exception {
        putSettings(user, """
                {"slack":{"webhookUrl":"%s","enabled":true}}""".formatted(slackUrl));
    }

    protected void putSettings(UserId user, String body) throws Exception {
        mvc.perform(as(user, put("/api/notifications/settings")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }

    protected JsonNode history(UserId user) throws Exception {
        String body = mvc.perform(as(user, get("/api/notifications")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body).get("items");
    }

    protected JsonNode awaitHistory(UserId user, Predicate<JsonNode> until) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> history(user), until);
    }

    /** A unique chat id per user, so this user's Telegram messages can be told apart from others'. */
    protected static String chatIdOf(UserId user) {
        return String.valueOf(Math.abs(user.value().getMostSignificantBits() % 1_000_000_000L));
    }

    protected static List<WebhookRecorder.Received> telegramMessagesTo(String chatId) {
        return TELEGRAM.accepted().stream()
                .filter(r -> JSON.readTree(r.body()).path("chat_id").asString().equals(chatId))
                .toList();
    }

    protected static List<String> textsOf(List<WebhookRecorder.Received> received) {
        return received.stream().map(r -> JSON.readTree(r.body()).path("text").asString()).toList();
    }
}
