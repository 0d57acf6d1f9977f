package io.quorum.registry.templates;

import io.quorum.contracts.bots.TrendSpec;
import io.quorum.contracts.ids.TemplateId;
import io.quorum.contracts.market.Interval;
import io.quorum.contracts.money.Percent;
import io.quorum.contracts.signals.Threshold;
import io.quorum.contracts.signals.TradeAction;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The templates table: seed data, read only. */
public class Templates {

    private final JdbcClient jdbc;

    public Templates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Template> all() {
        return jdbc.sql("select * from templates order by sort_order, id").query(Templates::map).list();
    }

    public Optional<Template> find(TemplateId id) {
        return jdbc.sql("select * from templates where id = ?").param(id.value()).query(Templates::map).optional();
    }

    private static Template map(ResultSet rs, int row) throws SQLException {
        TemplateId id = TemplateId.of(rs.getString("id"));
        Map<TradeAction, Threshold> thresholds = new EnumMap<>(TradeAction.class);
        thresholds.put(TradeAction.LONG, Threshold.parse(rs.getString("threshold_long")));
        thresholds.put(TradeAction.SHORT, Threshold.parse(rs.getString("threshold_short")));
        thresholds.put(TradeAction.CLOSE, Threshold.parse(rs.getString("threshold_close")));
        thresholds.put(TradeAction.DCA, Threshold.parse(rs.getString("threshold_dca")));
        thresholds.put(TradeAction.STOP_LOSS, Threshold.parse(rs.getString("threshold_stop_loss")));
        var trend = new TrendSpec(id, Interval.fromLabel(rs.getString("decision_interval")),
                texts(rs, "context_intervals").stream().map(Interval::fromLabel).toList(),
                percent(rs, "risk_percent"), percent(rs, "max_loss_percent"),
                new TrendSpec.LeverageBounds(rs.getInt("leverage_min"), rs.getInt("leverage_max")),
                distance(rs, "take_profit"), distance(rs, "stop_loss"), percent(rs, "stop_loss_monitor_percent"),
                thresholds, texts(rs, "voters"));
        return new Template(id, rs.getString("name"), rs.getString("description"), texts(rs, "indicators"), trend);
    }

    private static TrendSpec.DistanceBounds distance(ResultSet rs, String prefix) throws SQLException {
        return new TrendSpec.DistanceBounds(percent(rs, prefix + "_min"), percent(rs, prefix + "_max"),
                percent(rs, prefix + "_fallback"));
    }

    private static Percent percent(ResultSet rs, String column) throws SQLException {
        return Percent.of(rs.getBigDecimal(column));
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        return Arrays.asList((String[]) rs.getArray(column).getArray());
    }
}
