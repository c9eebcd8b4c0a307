package org.millwright.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.millwright.embedded.internal.LoopbackPorts;
import org.millwright.embedded.internal.postgres.DataDirectoryLock;
import org.millwright.embedded.internal.postgres.OrphanPostmasters;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server run from the zonky binaries on Maven Central, for the hub's single-JVM default mode.
 *
 * <p>Contract:
 * <ul>
 * <li><b>Durable.</b> Data lives in the given directory and survives {@link #close()} and a new {@link #start}, and
 * a crash or {@code kill -9} of the JVM: unlike zonky's test defaults, {@code fsync} and
 * {@code synchronous_commit} are on, so a commit that returned is on disk. A new directory is initialised with
 * {@code initdb} on first start.</li>
 * <li><b>Local only.</b> It listens on 127.0.0.1 alone; user {@code postgres} with trust authentication, database
 * {@code postgres}. Read the address from {@link #jdbcUrl()} or {@link #dataSource()}.</li>
 * <li><b>Ports.</b> A fixed port must be free on 127.0.0.1, otherwise start fails with an
 * {@link EmbeddedStartupException} naming it. Port 0 picks a free port at every start (it is not remembered).</li>
 * <li><b>Leftovers.</b> zonky's postmaster runs in its own session and outlives a {@code kill -9} of the JVM. Start
 * detects a postmaster still running on the directory whose JVM is gone, stops it (SIGTERM, SIGKILL after 30 s)
 * and removes a stale {@code postmaster.pid}, logging what it found and did.</li>
 * <li><b>One owner.</b> A directory used by another live process or already open in this JVM is refused.</li>
 * <li>{@link #close()} stops the server (fast shutdown) and is idempotent; on a normal JVM exit a shutdown hook
 * stops it too.</li>
 * </ul>
 *
 * <p>Thread-safe: all accessors read immutable state.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** Start-up timeout of {@link #start(Path, int)}; generous because crash recovery may run first. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String USER = "postgres";
    private static final String DATABASE = "postgres";
    private static final String HOST = "127.0.0.1";
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Set<Path> OPEN_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The postmaster this instance started; close() stops this one and never another. */
    private final java.util.OptionalLong postmasterPid;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, int port) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.postmasterPid = OrphanPostmasters.postmasterPid(dataDirectory);
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory} (created if missing) with {@link #DEFAULT_START_TIMEOUT}.
     *
     * @param dataDirectory the PostgreSQL data directory, e.g. {@code ./data/postgres}
     * @param port a TCP port on 127.0.0.1, or 0 for any free port
     * @throws EmbeddedStartupException when the port is taken, the directory is in use, or the server does not start
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        return start(dataDirectory, port, DEFAULT_START_TIMEOUT);
    }

    /**
     * As {@link #start(Path, int)} with an explicit start-up timeout.
     *
     * @throws IllegalArgumentException for a port outside 0..65535 or a non-positive timeout
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, Duration startTimeout) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(startTimeout, "startTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("PostgreSQL port must be 0 (any free port) or 1..65535, was " + port);
        }
        if (startTimeout.isNegative() || startTimeout.isZero()) {
            throw new IllegalArgumentException("PostgreSQL start timeout must be positive, was " + startTimeout);
        }
        long started = System.nanoTime();
        Path directory = createDirectory(dataDirectory);
        if (!OPEN_IN_THIS_JVM.add(directory)) {
            throw new EmbeddedStartupException("PostgreSQL data directory " + directory + " is already open in this JVM");
        }
        try {
            DataDirectoryLock.requireNoLiveOwner(directory);
            OrphanPostmasters.clear(directory, ORPHAN_STOP_TIMEOUT);
            int actualPort = port == 0 ? LoopbackPorts.freePort(loopback()) : requireFree(port);
            EmbeddedPostgres postgres = startPostgres(directory, actualPort, startTimeout);
            LOG.info("PostgreSQL listening on {}:{} with data in {} (started in {} ms)", HOST, actualPort, directory,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return new EmbeddedDatabase(postgres, directory, actualPort);
        } catch (RuntimeException e) {
            OPEN_IN_THIS_JVM.remove(directory);
            throw e;
        }
    }

    /** JDBC URL including the user, e.g. {@code jdbc:postgresql://127.0.0.1:54321/postgres?user=postgres}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + DATABASE + "?user=" + USER;
    }

    /** The database user (superuser, trust authentication on 127.0.0.1). */
    public String username() {
        return USER;
    }

    /** The TCP port on 127.0.0.1 the server listens on. */
    public int port() {
        return port;
    }

    /** The absolute, real path of the data directory. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** A new unpooled DataSource for the {@code postgres} database; wrap it in a pool for production use. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {HOST});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(DATABASE);
        dataSource.setUser(USER);
        return dataSource;
    }

    /** Stops the server (fast shutdown: open transactions roll back, committed data stays). Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Stopping PostgreSQL on {} failed: {}", dataDirectory, e.getMessage());
        } finally {
            // pg_ctl gives up after 5 s; never leave our postmaster running behind a closed instance. Only ours:
            // another JVM may already run its own postmaster on this directory.
            postmasterPid.stream().mapToObj(ProcessHandle::of).flatMap(java.util.Optional::stream)
                    .filter(ProcessHandle::isAlive).forEach(this::stopOwnPostmaster);
            OPEN_IN_THIS_JVM.remove(dataDirectory);
        }
        LOG.info("PostgreSQL on port {} stopped (data in {})", port, dataDirectory);
    }

    private void stopOwnPostmaster(ProcessHandle postmaster) {
        LOG.warn("PostgreSQL postmaster PID {} on {} still runs after pg_ctl stop; shutting it down",
                postmaster.pid(), dataDirectory);
        OrphanPostmasters.fastShutdown(postmaster);
        if (!OrphanPostmasters.awaitExit(postmaster, ORPHAN_STOP_TIMEOUT)) {
            postmaster.destroyForcibly();
            LOG.error("PostgreSQL postmaster PID {} on {} was killed", postmaster.pid(), dataDirectory);
        }
    }

    private static EmbeddedPostgres startPostgres(Path directory, int port, Duration startTimeout) {
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", HOST)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(startTimeout)
                    // The host stops it in order (Spring closes the pool first); a JVM hook would race with that.
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            EmbeddedStartupException failure = new EmbeddedStartupException("PostgreSQL did not start on " + HOST
                    + ":" + port + " with data directory " + directory + " within " + startTimeout + ": "
                    + e.getMessage(), e);
            try {
                // zonky gives up waiting but may leave the postmaster it launched running.
                OrphanPostmasters.clear(directory, ORPHAN_STOP_TIMEOUT);
            } catch (RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    private static int requireFree(int port) {
        if (!LoopbackPorts.isFree(loopback(), port)) {
            throw new EmbeddedStartupException("PostgreSQL port " + port + " on " + HOST
                    + " is already in use by another process; stop it or configure another port");
        }
        return port;
    }

    private static Path createDirectory(Path dataDirectory) {
        try {
            return Files.createDirectories(dataDirectory.toAbsolutePath().normalize()).toRealPath();
        } catch (IOException e) {
            throw new EmbeddedStartupException(
                    "cannot create PostgreSQL data directory " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByName(HOST);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot parse " + HOST, e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedDatabase[" + jdbcUrl() + ", " + dataDirectory + "]";
    }
}
