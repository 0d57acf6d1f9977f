package io.quorum.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FakeOpenAiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeOpenAi fake = FakeOpenAi.start();

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void answersWithTheShapeOfARealChatCompletion() throws Exception {
        fake.enqueue(FakeOpenAiReply.answer("{\"action\":\"hold\"}").withUsage(321, 12));

        HttpResponse<String> response = post(fake.baseUrl() + "/chat/completions", body("gpt-4o-mini"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode completion = JSON.readTree(response.body());
        assertThat(completion.path("id").asString()).startsWith("chatcmpl-");
        assertThat(completion.path("object").asString()).isEqualTo("chat.completion");
        assertThat(completion.path("created").asLong()).isPositive();
        assertThat(completion.path("model").asString()).isEqualTo("gpt-4o-mini");
        JsonNode choice = completion.path("choices").get(0);
        assertThat(choice.path("message").path("role").asString()).isEqualTo("assistant");
        assertThat(choice.path("message").path("content").asString()).isEqualTo("{\"action\":\"hold\"}");
        assertThat(choice.path("finish_reason").asString()).isEqualTo("stop");
        assertThat(completion.path("usage").path("prompt_tokens").asInt()).isEqualTo(321);
        assertThat(completion.path("usage").path("completion_tokens").asInt()).isEqualTo(12);
        assertThat(completion.path("usage").path("total_tokens").asInt()).isEqualTo(333);
    }

    @Test
    void recordsPathAuthorizationModelMessagesAndResponseFormat() throws Exception {
        fake.enqueue(FakeOpenAiReply.answer("ok"));

        post(fake.rootUrl() + "/chat/completions", body("deepseek-chat"));

        FakeOpenAiRequest request = fake.requests().getFirst();
        assertThat(request.path()).isEqualTo("/chat/completions");
        assertThat(request.authorization()).isEqualTo("Bearer sk-test");
        assertThat(request.model()).isEqualTo("deepseek-chat");
        assertThat(request.messageRoles()).containsExactly("system", "user");
        assertThat(request.messageContents()).containsExactly("be brief", "vote");
        assertThat(request.responseFormatType()).isEqualTo("json_object");
    }

    @Test
    void servesEachModelItsOwnScriptBeforeTheSharedQueue() throws Exception {
        fake.enqueueFor("qwen", FakeOpenAiReply.answer("from qwen"));
        fake.enqueue(FakeOpenAiReply.answer("shared"));

        assertThat(content(post(fake.baseUrl() + "/chat/completions", body("other")))).isEqualTo("shared");
        assertThat(content(post(fake.baseUrl() + "/chat/completions", body("qwen")))).isEqualTo("from qwen");
        assertThat(post(fake.baseUrl() + "/chat/completions", body("qwen")).statusCode())
                .as("nothing left scripted: the fallback is a loud 500").isEqualTo(500);
    }

    @Test
    void scriptsRateLimitsServerErrorsAndGarbage() throws Exception {
        fake.enqueue(FakeOpenAiReply.rateLimited(Duration.ofSeconds(7)), FakeOpenAiReply.serverError(),
                FakeOpenAiReply.garbageBody("<html>bad gateway</html>"), FakeOpenAiReply.emptyContent());
        String url = fake.baseUrl() + "/chat/completions";

        HttpResponse<String> limited = post(url, body("m"));
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("7");
        assertThat(JSON.readTree(limited.body()).path("error").path("message").asString()).contains("Rate limit");
        assertThat(post(url, body("m")).statusCode()).isEqualTo(500);
        HttpResponse<String> garbage = post(url, body("m"));
        assertThat(garbage.statusCode()).isEqualTo(200);
        assertThat(garbage.body()).isEqualTo("<html>bad gateway</html>");
        assertThat(content(post(url, body("m")))).isEmpty();
        assertThat(fake.requests()).hasSize(4);
    }

    @Test
    void delayedRepliesAreServedConcurrently() {
        fake.otherwise(FakeOpenAiReply.answer("late").after(Duration.ofMillis(300)));
        String url = fake.baseUrl() + "/chat/completions";

        List<CompletableFuture<HttpResponse<String>>> calls = List.of("a", "b", "c").stream()
                .map(model -> http.sendAsync(request(url, body(model)), HttpResponse.BodyHandlers.ofString()))
                .toList();
        calls.forEach(CompletableFuture::join);

        List<FakeOpenAiRequest> seen = fake.requests();
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0).overlaps(seen.get(1))).isTrue();
        assertThat(seen.get(1).overlaps(seen.get(2))).isTrue();
        assertThat(seen.get(0).overlaps(seen.get(2))).isTrue();
    }

    private static String body(String model) {
        return """
                {"model":"%s","messages":[{"role":"system","content":"be brief"},{"role":"user","content":"vote"}],
                 "response_format":{"type":"json_object"}}""".formatted(model);
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(request(url, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer sk-test")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String content(HttpResponse<String> response) {
        return JSON.readTree(response.body()).path("choices").get(0).path("message").path("content").asString();
    }
}
