package io.quorum.grid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestBodyLimitTest {

    private final RequestBodyLimit limit = new RequestBodyLimit(DataSize.ofBytes(100));

    /** A request sent chunked: no declared length. */
    private static MockHttpServletRequest chunked(String body) {
        var request = new MockHttpServletRequest("POST", "/api/anything") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedWith413ProblemJsonAndGoesNoFurther() throws Exception {
        var request = new MockHttpServletRequest("POST", "/api/anything");
        request.setContent("x".repeat(101).getBytes(StandardCharsets.UTF_8));
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        limit.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413").contains("larger than 100 bytes");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAfterReadingNoMoreThanTheLimit() throws Exception {
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        limit.doFilter(chunked("y".repeat(5000)), response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsHandedOnWhole() throws Exception {
        String body = "{\"note\":\"" + "é".repeat(20) + "\"}";
        var chain = new MockFilterChain();

        limit.doFilter(chunked(body), new MockHttpServletResponse(), chain);

        assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(chain.getRequest().getContentLength()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void aBodyAtTheLimitAndPathsOutsideTheApiPass() throws Exception {
        var atLimit = new MockHttpServletRequest("POST", "/api/anything");
        atLimit.setContent("x".repeat(100).getBytes(StandardCharsets.UTF_8));
        var internal = new MockHttpServletRequest("POST", "/internal/anything");
        internal.setContent("x".repeat(1000).getBytes(StandardCharsets.UTF_8));

        for (var request : new MockHttpServletRequest[] {atLimit, internal}) {
            var chain = new MockFilterChain();
            limit.doFilter(request, new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).isSameAs(request);
        }
    }
}
