package io.quorum.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An embedded PostgreSQL server whose data folder survives restarts, so a second start keeps the bots. */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the server. {@code stopOnExit}: stop it when the JVM exits, at once, whatever still uses it. The launcher
     * passes false and stops it itself, last, after the services have finished their work: with the server stopping
     * under them, their pools lose every connection, and a consumer in the middle of a record waits for a new one until
     * its shutdown phase times out.
     */
    public static LocalPostgres start(Path dataDir, int port, boolean stopOnExit) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(stopOnExit)
                .start();
        return new LocalPostgres(postgres);
    }

    public String jdbcUrl(String schema) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?currentSchema=" + schema;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
