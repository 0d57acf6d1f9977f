package io.quorum.gateway.docs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * {@code GET /docs}: a page naming every service's OpenAPI document as the gateway serves it
 * ({@code /v3/api-docs/<service>}, routed in gateway.yml). The page itself is open; the documents
 * are routed like any API call, so they need a token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsPage {

    /** The services with an HTTP API, in the order the page lists them; each has a route api-docs-&lt;name&gt;. */
    static final List<String> SERVICES = List.of("registry", "allocation", "grid-engine", "execution", "market-data",
            "notifier", "signal");

    @Bean
    RouterFunction<ServerResponse> apiDocsRoutes() {
        String links = SERVICES.stream()
                .map(name -> "<li><a href=\"/v3/api-docs/" + name + "\">" + name + "</a> — /v3/api-docs/" + name + "</li>")
                .collect(Collectors.joining("\n"));
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Quorum API</title></head>
                <body>
                <h1>Quorum API</h1>
                <p>Each service's OpenAPI 3 document (its <code>/api/**</code> paths). Call them like the API itself,
                with <code>Authorization: Bearer &lt;token&gt;</code>.</p>
                <ul>
                %s
                </ul>
                </body></html>
                """.formatted(links);
        return RouterFunctions.route().GET("/docs", request -> ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .bodyValue(page)).build();
    }
}
