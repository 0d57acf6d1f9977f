package io.quorum.launcher;

import static io.quorum.launcher.DeploymentFiles.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * deploy/compose and deploy/k8s cannot run here (no Docker engine, no cluster), so this reads them as Compose and
 * kubectl would and checks them against the services: every service present, built from its own module, configured by
 * environment, on its own port and database schema; Kafka in KRaft mode; Prometheus and Grafana from
 * deploy/prometheus and deploy/grafana; on Kubernetes, probes on the actuator's health groups, resources, secrets.
 * That the environment variables really configure the services is {@code ExternalInfrastructureTest}'s part.
 */
class DeploymentFilesTest {

    static final List<String> SECRETS_IN_K8S = List.of("db-password", "gateway-secret", "master-key", "jwt-signing-key");

    @Test
    void composeRunsKafkaInKraftModePostgresPrometheusAndGrafana() {
        Map<String, Object> kafka = DeploymentFiles.composeService("kafka");
        assertThat((String) kafka.get("image")).startsWith("apache/kafka:");
        Map<String, Object> environment = at(kafka, "environment");
        assertThat(String.valueOf(environment.get("KAFKA_PROCESS_ROLES"))).contains("broker").contains("controller");
        assertThat(environment).containsKey("KAFKA_CONTROLLER_QUORUM_VOTERS").containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        assertThat(environment.keySet()).noneMatch(key -> key.contains("ZOOKEEPER"));

        assertThat((String) DeploymentFiles.composeService("postgres").get("image")).startsWith("postgres:");
        assertThat(DeploymentFiles.DEPLOY.resolve("compose/postgres/10-quorum-role.sh")).exists();
        assertThat((List<String>) at(DeploymentFiles.composeService("prometheus"), "volumes")).contains("../prometheus:/etc/prometheus:ro");
        assertThat((List<String>) at(DeploymentFiles.composeService("prometheus"), "command"))
                .contains("--config.file=/etc/prometheus/prometheus.yml");
        assertThat((List<String>) at(DeploymentFiles.composeService("grafana"), "volumes"))
                .contains("../grafana/provisioning:/etc/grafana/provisioning:ro", "../grafana/dashboards:/var/lib/grafana/dashboards:ro");
    }

    @ParameterizedTest
    @EnumSource(QuorumService.class)
    void composeBuildsEveryServiceFromItsModuleAndConfiguresItByEnvironment(QuorumService service) {
        String module = DeploymentFiles.moduleOf(service);
        Map<String, Object> compose = DeploymentFiles.composeService(module);
        assertThat((String) at(compose, "build", "dockerfile")).isEqualTo("deploy/docker/Dockerfile");
        assertThat((String) at(compose, "build", "args", "SERVICE")).isEqualTo(module);
        assertThat(DeploymentFiles.COMPOSE.getParent().resolve((String) at(compose, "build", "context")).resolve(module).resolve("pom.xml"))
                .exists();
        assertThat(compose).doesNotContainKeys("command", "entrypoint", "volumes");

        Map<String, String> environment = DeploymentFiles.composeEnvironment(module, Map.of("QUORUM_DB_PASSWORD", "p",
                "QUORUM_GATEWAY_SECRET", "s", "QUORUM_MASTER_KEY", "k", "QUORUM_JWT_SIGNING_KEY", "j"));
        assertThat(environment).containsEntry("QUORUM_GATEWAY_SECRET", "s");
        if (service == QuorumService.GATEWAY) {
            for (QuorumService other : QuorumService.values()) {
                if (other != QuorumService.GATEWAY) {
                    String name = DeploymentFiles.moduleOf(other).replace("-service", "").replace("bot-", "").replace("-", "").toUpperCase();
                    assertThat(environment).containsEntry("QUORUM_SERVICES_" + name + "URL",
                            "http://" + DeploymentFiles.moduleOf(other) + ":" + other.defaultPort());
                }
            }
        } else {
            assertThat(environment)
                    .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/quorum?currentSchema=" + service.schema())
                    .containsEntry("SPRING_DATASOURCE_USERNAME", "quorum")
                    .containsEntry("SPRING_DATASOURCE_PASSWORD", "p")
                    .containsKeys("QUORUM_KAFKA_PARTITIONS", "QUORUM_KAFKA_REPLICAS", "SPRING_KAFKA_PRODUCER_ACKS");
        }
        if (service == QuorumService.EXECUTION) {
            assertThat(environment).containsEntry("QUORUM_KEYS_MASTERKEY", "k");
        }
    }

    @Test
    void composeRefusesToStartWithoutTheSecrets() {
        assertThatThrownBy(() -> DeploymentFiles.composeEnvironment("execution-service", Map.of("QUORUM_DB_PASSWORD", "p",
                "QUORUM_GATEWAY_SECRET", "s"))).hasMessageContaining("QUORUM_MASTER_KEY");
    }

    @Test
    void oneDockerfileBuildsEveryServiceFromTheJarMavenPackages() throws IOException {
        String dockerfile = Files.readString(DeploymentFiles.DEPLOY.resolve("docker/Dockerfile"));
        assertThat(dockerfile).contains("ARG SERVICE").contains("${SERVICE}/target/${SERVICE}-${VERSION}-exec.jar")
                .contains("org.springframework.boot.loader.launch.JarLauncher");
        // the parent pom gives every repackaged jar the "exec" classifier the Dockerfile copies
        assertThat(Files.readString(DeploymentFiles.REPOSITORY.resolve("pom.xml"))).contains("<classifier>exec</classifier>");
    }

    @Test
    void kustomizationListsEveryManifest() {
        Map<String, Object> kustomization = DeploymentFiles.manifests("kustomization.yaml").getFirst();
        List<String> resources = at(kustomization, "resources");
        assertThat(resources).allSatisfy(file -> assertThat(DeploymentFiles.K8S.resolve(file)).exists());
        assertThat(resources).contains("namespace.yaml", "config.yaml", "external.yaml")
                .containsAll(Arrays.stream(QuorumService.values()).map(s -> DeploymentFiles.moduleOf(s) + ".yaml").toList())
                .doesNotContain("secret.example.yaml");
    }

    @ParameterizedTest
    @EnumSource(QuorumService.class)
    void everyServiceIsADeploymentWithProbesResourcesSecretsAndAService(QuorumService service) {
        String module = DeploymentFiles.moduleOf(service);
        Map<String, Object> deployment = DeploymentFiles.manifest(module + ".yaml", "Deployment");
        Map<String, Object> container = at(deployment, "spec", "template", "spec", "containers", 0);
        assertThat((String) container.get("image")).isEqualTo("quorum/" + module + ":0.1.0-SNAPSHOT");
        assertThat((Integer) at(container, "ports", 0, "containerPort")).isEqualTo(service.defaultPort());
        assertThat((String) at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat((String) at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat((String) at(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat((Map<String, Object>) at(container, "resources", "requests")).containsKeys("cpu", "memory");
        assertThat((Map<String, Object>) at(container, "resources", "limits")).containsKeys("cpu", "memory");
        assertThat((String) at(container, "envFrom", 0, "configMapRef", "name")).isEqualTo("quorum-config");

        List<Map<String, Object>> env = at(container, "env");
        Map<String, Object> byName = env.stream().collect(Collectors.toMap(e -> (String) e.get("name"), e -> e));
        assertThat((String) at(byName, "QUORUM_GATEWAY_SECRET", "valueFrom", "secretKeyRef", "key")).isEqualTo("gateway-secret");
        if (service != QuorumService.GATEWAY) {
            assertThat((String) at(byName, "SPRING_DATASOURCE_URL", "value")).endsWith("currentSchema=" + service.schema());
            assertThat((String) at(byName, "SPRING_DATASOURCE_PASSWORD", "valueFrom", "secretKeyRef", "key")).isEqualTo("db-password");
        }
        if (service == QuorumService.EXECUTION) {
            assertThat((String) at(byName, "QUORUM_KEYS_MASTERKEY", "valueFrom", "secretKeyRef", "key")).isEqualTo("master-key");
        }
        if (service == QuorumService.REGISTRY) {
            assertThat((String) at(byName, "QUORUM_AUTH_JWT_SIGNINGKEY", "valueFrom", "secretKeyRef", "key")).isEqualTo("jwt-signing-key");
        }
        env.stream().filter(e -> e.containsKey("valueFrom")).forEach(e -> {
            assertThat((String) at(e, "valueFrom", "secretKeyRef", "name")).isEqualTo("quorum-secrets");
            assertThat(SECRETS_IN_K8S).contains((String) at(e, "valueFrom", "secretKeyRef", "key"));
        });
        if (service == QuorumService.MARKET_DATA) {
            assertThat((Integer) at(deployment, "spec", "replicas")).isEqualTo(1);
            assertThat((String) at(deployment, "spec", "strategy", "type")).isEqualTo("Recreate");
        }

        Map<String, Object> k8sService = DeploymentFiles.manifest(module + ".yaml", "Service");
        assertThat((String) at(k8sService, "metadata", "name")).isEqualTo(module);
        assertThat((Integer) at(k8sService, "spec", "ports", 0, "port")).isEqualTo(service.defaultPort());
        assertThat((Map<String, Object>) at(k8sService, "spec", "selector"))
                .isEqualTo(at(deployment, "spec", "selector", "matchLabels"));
    }

    @Test
    void topicsAreSizedForScalingAndKafkaAndPostgresAreExternal() {
        Map<String, Object> config = DeploymentFiles.manifest("config.yaml", "ConfigMap");
        assertThat((String) at(config, "data", "QUORUM_KAFKA_PARTITIONS")).isEqualTo("12");
        assertThat((String) at(config, "data", "QUORUM_KAFKA_REPLICAS")).isEqualTo("3");
        assertThat((String) at(config, "data", "SPRING_KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("quorum-kafka:9092");
        assertThat(DeploymentFiles.manifests("external.yaml")).extracting(m -> (String) at(m, "spec", "type"))
                .containsOnly("ExternalName");
        assertThat(DeploymentFiles.manifests("external.yaml")).extracting(m -> (String) at(m, "metadata", "name"))
                .containsExactlyInAnyOrder("quorum-kafka", "quorum-postgres");
        Map<String, Object> secret = DeploymentFiles.manifest("secret.example.yaml", "Secret");
        assertThat(((Map<String, Object>) at(secret, "stringData")).keySet()).containsExactlyInAnyOrderElementsOf(SECRETS_IN_K8S);
    }
}
