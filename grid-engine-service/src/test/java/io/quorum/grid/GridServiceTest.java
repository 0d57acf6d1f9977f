package io.quorum.grid;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.BotId;
import io.quorum.contracts.ids.UserId;
import io.quorum.testkit.EmbeddedInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The grid engine on the shared embedded Kafka and PostgreSQL; every subclass shares one application context. */
@SpringBootTest(classes = GridApplication.class, properties = "spring.config.name=" + GridApplication.CONFIG_NAME)
@AutoConfigureMockMvc
public abstract class GridServiceTest {

    protected static final String GATEWAY_SECRET = "local-dev-gateway-secret";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.register(registry, "grid");
    }

    @Autowired
    protected MockMvc mvc;

    /** GET as the gateway forwards it for the given user. */
    protected MockHttpServletResponse getAs(UserId user, String path) throws Exception {
        return mvc.perform(get(path).header(GatewayHeaders.SECRET, GATEWAY_SECRET).header(GatewayHeaders.USER_ID, user.toString()))
                .andReturn().getResponse();
    }

    /** POST a JSON body as the gateway forwards it (for the given user, or none for an internal call). */
    protected MockHttpServletResponse postAs(UserId user, String path, String json) throws Exception {
        var request = post(path).header(GatewayHeaders.SECRET, GATEWAY_SECRET).contentType(MediaType.APPLICATION_JSON).content(json);
        if (user != null) {
            request.header(GatewayHeaders.USER_ID, user.toString());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    protected <T> T read(UserId user, String path, String jsonPath) throws Exception {
        return JsonPath.read(getAs(user, path).getContentAsString(), jsonPath);
    }

    protected boolean gridExists(UserId user, BotId bot) throws Exception {
        return getAs(user, "/api/grid-bot/" + bot + "/orders").getStatus() == 200;
    }
}
