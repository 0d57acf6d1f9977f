package io.quorum.grid.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.quorum.contracts.ids.UserId;
import io.quorum.grid.GridServiceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletResponse;

class GridPreviewApiTest extends GridServiceTest {

    private static final String GOOD = """
            {"symbol":"BTCUSDT","budget":"1000","leverage":2,
             "grid":{"lower":"60000","upper":"64000","gridCount":4,"spacing":"ARITHMETIC","investment":null,
                     "triggerPrice":"61000","stopLossPrice":"59000","takeProfitPrice":"65000"}}""";

    private final UserId user = UserId.random();

    @Test
    void aPreviewShowsLevelsQuantitiesAndProfitPerGridAfterMakerFees() throws Exception {
        MockHttpServletResponse response = postAs(user, "/api/grid-bot/preview", GOOD);

        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString();
        assertThat((String) JsonPath.read(json, "$.symbol")).isEqualTo("BTCUSDT");
        assertThat((Integer) JsonPath.read(json, "$.levelCount")).isEqualTo(4);
        assertThat((List<String>) JsonPath.read(json, "$.levels[*].buyPrice")).containsExactly("60000", "61000", "62000", "63000");
        assertThat((List<String>) JsonPath.read(json, "$.levels[*].sellPrice")).containsExactly("61000", "62000", "63000", "64000");
        assertThat((List<String>) JsonPath.read(json, "$.levels[*].quantity")).containsExactly("0.008", "0.008", "0.008", "0.007");
        assertThat((String) JsonPath.read(json, "$.quantityPerLevel.min")).isEqualTo("0.007");
        assertThat((String) JsonPath.read(json, "$.quantityPerLevel.max")).isEqualTo("0.008");
        assertThat((String) JsonPath.read(json, "$.profitPerGridPercent.lowestLevel")).isEqualTo("1.6263");
        assertThat((String) JsonPath.read(json, "$.profitPerGridPercent.highestLevel")).isEqualTo("1.5470");
        assertThat((String) JsonPath.read(json, "$.profitPerGrid.lowestLevel")).isEqualTo("7.8064");
        assertThat((String) JsonPath.read(json, "$.profitPerGrid.highestLevel")).isEqualTo("6.8222");
        assertThat((String) JsonPath.read(json, "$.totalInvestment")).isEqualTo("953.54775");
        assertThat((Integer) JsonPath.read(json, "$.leverage")).isEqualTo(2);
    }

    @Test
    void theRegistrysCheckAcceptsAGoodGridAndNeedsTheGatewaySecret() throws Exception {
        MockHttpServletResponse ok = postAs(null, "/internal/grid/check", GOOD);
        var unauthorized = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/internal/grid/check").contentType("application/json").content(GOOD)).andReturn().getResponse();

        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(ok.getContentAsString(), "$.ok")).isTrue();
        assertThat(unauthorized.getStatus()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource(delimiter = '|', value = {
            "spacing below one tick   | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"60005\",\"gridCount\":100 | grid.gridCount | 0.05 apart",
            "quantity below minimum   | BTCUSDT | 50   | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":10 | grid.investment | minimum order quantity 0.001",
            "investment above budget  | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":4,\"investment\":\"1200\" | grid.investment | exceeds the bot's budget",
            "unknown symbol           | DOGEUSDT | 1000 | \"lower\":\"1\",\"upper\":\"2\",\"gridCount\":4 | symbol | not traded",
            "lower above upper        | BTCUSDT | 1000 | \"lower\":\"64000\",\"upper\":\"60000\",\"gridCount\":4 | grid.lower | below the upper",
            "too many grids           | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":101 | grid.gridCount | between 2 and 100",
            "stop-loss inside grid    | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":4,\"stopLossPrice\":\"60500\" | grid.stopLossPrice | below the grid's lower",
            "take-profit inside grid  | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":4,\"takeProfitPrice\":\"63000\" | grid.takeProfitPrice | above the grid's upper",
            "trigger below stop-loss  | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":4,\"stopLossPrice\":\"59000\",\"triggerPrice\":\"58000\" | grid.triggerPrice | above the stop-loss",
            "malformed price          | BTCUSDT | 1000 | \"lower\":\"abc\",\"upper\":\"64000\",\"gridCount\":4 | grid.lower | ''",
            "missing upper            | BTCUSDT | 1000 | \"lower\":\"60000\",\"gridCount\":4 | grid.upper | is required",
            "empty grid count         | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":\"\" | grid.gridCount | ''",
            "blank grid count         | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":\"  \" | grid.gridCount | ''",
            "NUL grid count           | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":\"\\u0000\" | grid.gridCount | ''",
            "blank spacing            | BTCUSDT | 1000 | \"lower\":\"60000\",\"upper\":\"64000\",\"gridCount\":4,\"spacing\":\" \" | grid.spacing | ''"})
    void aBadGridIsRefusedByPreviewAndCheckAlikeNamingTheField(String scenario, String symbol, String budget, String grid,
                                                              String field, String reason) throws Exception {
        String body = "{\"symbol\":\"" + symbol + "\",\"budget\":\"" + budget + "\",\"leverage\":1,\"grid\":{" + grid + "}}";

        for (MockHttpServletResponse response : List.of(postAs(user, "/api/grid-bot/preview", body),
                postAs(null, "/internal/grid/check", body))) {
            assertThat(response.getStatus()).as(scenario).isEqualTo(400);
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat((String) JsonPath.read(response.getContentAsString(), "$.field")).isEqualTo(field);
            assertThat((String) JsonPath.read(response.getContentAsString(), "$.reason")).contains(reason);
        }
    }
}
