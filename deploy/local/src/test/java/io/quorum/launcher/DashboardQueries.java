package io.quorum.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every PromQL expression the operators' side of deploy/ asks Prometheus — each dashboard's panel queries under
 * {@code deploy/grafana/dashboards} and each alert of {@code deploy/prometheus/alerts.yml} — and the metric names
 * they read.
 */
final class DashboardQueries {

    /** One expression and where it is written. */
    record Query(String source, String expr) {
    }

    private static final Set<String> KEYWORDS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar", "count",
            "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio", "by", "without", "on", "ignoring",
            "group_left", "group_right", "and", "or", "unless", "bool", "offset", "atan2", "inf", "nan");
    private static final Pattern STRING = Pattern.compile("\"(\\\\.|[^\"\\\\])*\"|'(\\\\.|[^'\\\\])*'");
    private static final Pattern LABEL_MATCHERS = Pattern.compile("\\{[^}]*}");
    private static final Pattern RANGE = Pattern.compile("\\[[^]]*]");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?\\w+}?");
    private static final Pattern LABEL_LIST = Pattern.compile(
            "(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    private DashboardQueries() {
    }

    /** The deploy folder of the repository this test runs in. */
    static Path deployFolder() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.isDirectory(folder.resolve("deploy/grafana/dashboards"))) {
                return folder.resolve("deploy");
            }
            if (Files.isDirectory(folder.resolve("grafana/dashboards"))) {
                return folder;
            }
        }
        throw new IllegalStateException("no deploy/grafana/dashboards above " + Path.of("").toAbsolutePath());
    }

    /** Every panel query of every dashboard, then every alert expression. */
    static List<Query> all(Path deploy) {
        List<Query> queries = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> dashboards = Files.list(deploy.resolve("grafana/dashboards"))) {
            for (Path dashboard : dashboards.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                collectExpressions(json.readTree(dashboard.toFile()), dashboard.getFileName().toString(), queries);
            }
            Path alerts = deploy.resolve("prometheus/alerts.yml");
            for (String line : Files.readAllLines(alerts)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("expr:")) {
                    queries.add(new Query("alerts.yml", trimmed.substring("expr:".length()).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    private static void collectExpressions(JsonNode node, String source, List<Query> into) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                if (field.getKey().equals("expr") && field.getValue().isString()) {
                    into.add(new Query(source, field.getValue().asString()));
                } else {
                    collectExpressions(field.getValue(), source, into);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectExpressions(element, source, into));
        }
    }

    /**
     * The metric names an expression selects: identifiers left once strings, label matchers, ranges, Grafana
     * variables and label lists ({@code by (…)}, {@code on (…)}) are taken out, other than functions (followed by
     * a parenthesis), aggregations, keywords and the exponent of a number.
     */
    static Set<String> metricNames(String expr) {
        String rest = STRING.matcher(expr).replaceAll(" ");
        rest = LABEL_MATCHERS.matcher(rest).replaceAll(" ");
        rest = RANGE.matcher(rest).replaceAll(" ");
        rest = VARIABLE.matcher(rest).replaceAll(" ");
        rest = LABEL_LIST.matcher(rest).replaceAll(" ");
        Set<String> names = new TreeSet<>();
        Matcher identifier = IDENTIFIER.matcher(rest);
        while (identifier.find()) {
            String word = identifier.group();
            int before = identifier.start() - 1;
            if (before >= 0 && (Character.isDigit(rest.charAt(before)) || rest.charAt(before) == '.')) {
                continue;
            }
            int next = identifier.end();
            while (next < rest.length() && Character.isWhitespace(rest.charAt(next))) {
                next++;
            }
            if (next < rest.length() && rest.charAt(next) == '(') {
                continue;
            }
            if (!KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                names.add(word);
            }
        }
        return names;
    }

    /** The sample names of a Prometheus text exposition ({@code name{labels} value}). */
    static Set<String> exposedNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }
}
