package org.millwright.sandbox.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The sandbox schema on a {@link DataSource}: migrates it and runs work in transactions. */
public final class Database {
    private final DataSource dataSource;

    private Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates or upgrades schema {@code sandbox} (history in {@code sandbox.sandbox_schema_history}). */
    public static Database migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("sandbox")
                .table("sandbox_schema_history")
                .locations("classpath:db/sandbox")
                .load()
                .migrate();
        return new Database(dataSource);
    }

    /** Work inside one transaction; an exception rolls it back. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in a transaction and commits it; SQL failures become {@link IllegalStateException}. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("sandbox database failed: " + e.getMessage(), e);
        }
    }

    /** The next value of a sequence in schema {@code sandbox}. */
    public static long nextValue(Connection connection, String sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT nextval('sandbox." + sequence + "')");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Whether {@code table} (in schema {@code sandbox}) has a row whose {@code column} equals {@code value}. */
    public static boolean exists(Connection connection, String table, String column, String value)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT 1 FROM sandbox." + table + " WHERE " + column + " = ?")) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    public static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The instant in a timestamptz column, or null when the column is SQL NULL. */
    public static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** ISO-8601 text of an instant for JSON, or null. */
    public static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
