package io.quorum.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads deploy/compose/compose.yaml and deploy/k8s as Docker Compose and kubectl would: YAML with anchors and merge
 * keys, and Compose's {@code ${VAR}}, {@code ${VAR:-default}} and {@code ${VAR:?error}} interpolation. No Docker engine
 * or cluster runs them here; the tests check what they say.
 */
final class DeploymentFiles {

    /** deploy/, seen from deploy/local (the module's directory, where Surefire runs). */
    static final Path DEPLOY = Path.of("..").toAbsolutePath().normalize();
    static final Path REPOSITORY = DEPLOY.getParent();
    static final Path COMPOSE = DEPLOY.resolve("compose/compose.yaml");
    static final Path K8S = DEPLOY.resolve("k8s");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(?:(:-|:\\?)([^}]*))?}");

    private DeploymentFiles() {
    }

    /** The Maven module, compose service, Kubernetes Deployment and Service name of each Quorum service. */
    static String moduleOf(QuorumService service) {
        return switch (service) {
            case ALLOCATION -> "allocation-service";
            case REGISTRY -> "bot-registry-service";
            case GRID_ENGINE -> "grid-engine-service";
            case EXECUTION -> "execution-service";
            case NOTIFIER -> "notifier-service";
            case SIGNAL -> "signal-service";
            case MARKET_DATA -> "market-data-service";
            case GATEWAY -> "gateway-service";
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> compose() {
        return (Map<String, Object>) yaml().load(read(COMPOSE));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> composeService(String name) {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        Map<String, Object> service = (Map<String, Object>) services.get(name);
        if (service == null) {
            throw new AssertionError("compose.yaml has no service " + name);
        }
        return service;
    }

    /** A compose service's environment with every {@code ${…}} resolved from {@code variables}, as Compose would. */
    @SuppressWarnings("unchecked")
    static Map<String, String> composeEnvironment(String name, Map<String, String> variables) {
        Map<String, Object> environment = (Map<String, Object>) composeService(name).get("environment");
        Map<String, String> resolved = new LinkedHashMap<>();
        environment.forEach((key, value) -> resolved.put(key, interpolate(String.valueOf(value), variables)));
        return resolved;
    }

    static String interpolate(String text, Map<String, String> variables) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            boolean unset = value == null || value.isEmpty();
            if (unset && ":?".equals(matcher.group(2))) {
                throw new IllegalArgumentException("compose needs " + matcher.group(1) + ": " + matcher.group(3));
            }
            if (unset) {
                value = ":-".equals(matcher.group(2)) ? matcher.group(3) : "";
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Every document of one manifest file. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> manifests(String file) {
        return java.util.stream.StreamSupport.stream(yaml().loadAll(read(K8S.resolve(file))).spliterator(), false)
                .map(document -> (Map<String, Object>) document).toList();
    }

    static Map<String, Object> manifest(String file, String kind) {
        return manifests(file).stream().filter(m -> kind.equals(m.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no " + kind));
    }

    /** Walks nested maps and lists: {@code at(deployment, "spec", "template", "spec", "containers", 0)}. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current == null) {
                throw new AssertionError("nothing at " + List.of(path));
            }
            current = step instanceof Integer index ? ((List<Object>) current).get(index) : ((Map<String, Object>) current).get(step);
        }
        return (T) current;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
