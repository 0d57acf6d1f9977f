package io.quorum.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Quorum service in a child JVM (see {@link ServiceProcessMain}), on the test's own classpath, on a
 * port chosen here and kept across restarts so its callers need not learn a new address. {@link #kill()}
 * is SIGKILL: no listener finishes its record, no outbox drains, no consumer leaves its group.
 *
 * <p>No child outlives the test: {@link #close()} kills it, a shutdown hook kills any left over, and
 * the child itself halts when its stdin — held by the test JVM — reaches its end.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "service-process-reaper"));
    }

    private final QuorumService service;
    private final int port;
    private final Map<String, Object> properties;
    /** When set, the child is configured by these environment variables alone (SERVER_PORT among them), no arguments. */
    private final Map<String, String> environment;
    private final Path logDirectory;
    private Process process;
    private int incarnation;

    private ServiceProcess(QuorumService service, int port, Map<String, Object> properties, Map<String, String> environment,
                           Path logDirectory) {
        this.service = service;
        this.port = port;
        this.properties = Map.copyOf(properties);
        this.environment = environment == null ? null : Map.copyOf(environment);
        this.logDirectory = logDirectory;
    }

    /** Launches the service on a free port; {@link #awaitHealthy()} waits until it serves. */
    static ServiceProcess launch(QuorumService service, Map<String, Object> properties, Path logDirectory) {
        ServiceProcess child = new ServiceProcess(service, freePort(), properties, null, logDirectory);
        child.spawn();
        return child;
    }

    /**
     * Launches the service on {@code port} configured as a container is: by environment variables only, no command-line
     * property; {@code SERVER_PORT} is set to the port.
     */
    static ServiceProcess launchWithEnvironment(QuorumService service, int port, Map<String, String> environment,
                                                Path logDirectory) {
        Map<String, String> withPort = new java.util.HashMap<>(environment);
        withPort.put("SERVER_PORT", String.valueOf(port));
        ServiceProcess child = new ServiceProcess(service, port, Map.of(), withPort, logDirectory);
        child.spawn();
        return child;
    }

    /** A port nothing listens on now, for {@link #launchWithEnvironment}. */
    static int choosePort() {
        return freePort();
    }

    String url() {
        return "http://localhost:" + port;
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() {
        Process victim = process;
        victim.destroyForcibly();
        victim.onExit().join();
        LIVE.remove(victim);
    }

    /** A fresh JVM on the same port, database schema and broker. */
    void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(service + " is still running");
        }
        spawn();
    }

    void awaitHealthy() {
        awaitHealthy(Duration.ofMinutes(3));
    }

    void awaitHealthy(Duration atMost) {
        Process current = process;
        await().atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!current.isAlive()) {
                throw new IllegalStateException(service + " exited with " + current.exitValue() + "; see " + logFile());
            }
            return healthy();
        });
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void spawn() {
        incarnation++;
        try {
            Files.createDirectories(logDirectory);
            List<String> arguments = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-cp", System.getProperty("java.class.path"), ServiceProcessMain.class.getName(), service.name()));
            if (environment == null) {
                properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
                arguments.add("--server.port=" + port);
            }
            // an argument file: the test classpath can be longer than one command-line argument may be
            Path argumentFile = logDirectory.resolve(logName() + ".args");
            Files.write(argumentFile, arguments.stream().map(a -> '"' + a + '"').toList());
            String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            ProcessBuilder builder = new ProcessBuilder(java, "@" + argumentFile)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile().toFile());
            if (environment != null) {
                builder.environment().putAll(environment);
            }
            process = builder.start();
            LIVE.add(process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service, e);
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path logFile() {
        return logDirectory.resolve(logName() + ".log");
    }

    private String logName() {
        return service.name().toLowerCase() + "-" + incarnation;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
