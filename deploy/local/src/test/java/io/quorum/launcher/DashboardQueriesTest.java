package io.quorum.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reading of PromQL that {@link DashboardMetricsScrapeTest} checks the dashboards with. */
class DashboardQueriesTest {

    @Test
    void findsTheMetricInsideAggregationsFunctionsMatchersAndRanges() {
        assertThat(DashboardQueries.metricNames("histogram_quantile(0.95, sum by (le, venue) "
                + "(rate(quorum_fill_latency_seconds_bucket{type=\"market\", venue=~\"pa.*\"}[$__rate_interval])))"))
                .containsExactly("quorum_fill_latency_seconds_bucket");
    }

    @Test
    void findsEveryMetricOfABinaryExpressionAndNoKeywordLabelOrNumber() {
        assertThat(DashboardQueries.metricNames("sum(quorum_realized_profit_usdt_total) - sum without (symbol) "
                + "(increase(quorum_fees_usdt_total[1h] offset 5m)) > 1e3 and on (venue) max(up_like_metric) or vector(0)"))
                .containsExactlyInAnyOrder("quorum_realized_profit_usdt_total", "quorum_fees_usdt_total", "up_like_metric");
    }

    @Test
    void aQueryOfAMetricNoScrapeHasIsFoundMissing() {
        Set<String> exposed = DashboardQueries.exposedNames("""
                # HELP quorum_outbox_backlog Events in the outbox not yet published to Kafka
                # TYPE quorum_outbox_backlog gauge
                quorum_outbox_backlog{application="grid-engine-service"} 0.0
                quorum_fill_latency_seconds_bucket{le="0.01",type="limit",venue="paper"} 3
                """);
        assertThat(exposed).containsExactlyInAnyOrder("quorum_outbox_backlog", "quorum_fill_latency_seconds_bucket");
        assertThat(DashboardQueries.metricNames("max by (application) (quorum_outbox_backlog) + quorum_no_such_metric"))
                .filteredOn(name -> !exposed.contains(name)).containsExactly("quorum_no_such_metric");
    }

    @Test
    void everyDashboardAndAlertHasQueriesAndEachNamesAMetric() {
        var queries = DashboardQueries.all(DashboardQueries.deployFolder());
        assertThat(queries).extracting(DashboardQueries.Query::source).contains("quorum-overview.json", "quorum-trading.json",
                "quorum-signals.json", "quorum-grid.json", "quorum-kafka.json", "alerts.yml");
        assertThat(queries).allSatisfy(query -> assertThat(DashboardQueries.metricNames(query.expr()))
                .as(query.source() + ": " + query.expr()).isNotEmpty());
    }
}
