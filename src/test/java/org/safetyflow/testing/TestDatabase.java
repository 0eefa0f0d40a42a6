package org.safetyflow.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server the engine tests run on: the one named by {@code SAFETYFLOW_TEST_DB_URL}
 * (with {@code SAFETYFLOW_TEST_DB_USER} / {@code SAFETYFLOW_TEST_DB_PASSWORD}), or else an embedded
 * server started once per test JVM from a Maven artifact, so a fresh machine needs nothing installed.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            instance.logServerVersion();
        }
        return instance;
    }

    private static TestDatabase start() {
        String external = System.getenv("SAFETYFLOW_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new TestDatabase(external, envOr("SAFETYFLOW_TEST_DB_USER", "postgres"),
                    envOr("SAFETYFLOW_TEST_DB_PASSWORD", ""));
        }
        try {
            // The server stops itself in a JVM shutdown hook (zonky's default).
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE safetyflow ENCODING 'UTF8'");
            }
            return new TestDatabase(server.getJdbcUrl("postgres", "safetyflow"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
    }

    private void logServerVersion() {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version()")) {
            result.next();
            log.info("Engine tests run on PostgreSQL at {}: {}", url, result.getString(1));
        } catch (SQLException e) {
            throw new IllegalStateException("The test database at " + url + " does not answer", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
