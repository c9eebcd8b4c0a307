package org.millwright.edge.internal.buffer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.millwright.edge.config.EdgeConfig;
import org.millwright.edge.config.WhenFull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store-and-forward queue: one SQLite file in WAL mode, bounded in rows and bytes.
 *
 * <ul>
 *   <li><b>Numbering.</b> {@link #append} gives each sample the next sequence number of its source in the same
 *       transaction that stores it, and stores the source's last number beside it, so numbers survive a
 *       restart (and a kill -9) and are never handed out twice.</li>
 *   <li><b>Live and backlog.</b> A row is <em>live</em> when it was buffered while the forwarder was connected,
 *       <em>backlog</em> otherwise. {@link #goOffline()} (a disconnect) and opening the file turn every row
 *       still buffered into backlog; {@link #goLive()} (a connection) makes new rows live again. Both streams
 *       are read in buffering order.</li>
 *   <li><b>Bound.</b> A sample that does not fit the row or byte bound is handled by the {@link WhenFull}
 *       policy: the oldest rows are deleted, or the new sample is refused without a number. Either is counted,
 *       and logged once when the buffer becomes full and once when it has room again (below 90 %).</li>
 *   <li><b>Removal</b> ({@link #remove}) only for samples the broker acknowledged.</li>
 * </ul>
 *
 * <p>Thread-safe: one connection, every method synchronized (the collectors' writer and the forwarder call in).
 */
public final class SampleBuffer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SampleBuffer.class);
    /** Per-row bytes counted on top of topic and payload (row id, numbers, flags). */
    static final int ROW_OVERHEAD = 32;
    private static final double ROOM_AGAIN = 0.9;

    private final Connection db;
    private final Path path;
    private final long maxRows;
    private final long maxBytes;
    private final WhenFull whenFull;
    private final Map<String, Long> lastSequences = new HashMap<>();
    private final PreparedStatement insert;
    private final PreparedStatement saveSequence;
    private final PreparedStatement dropOldest;
    private final PreparedStatement delete;
    private final PreparedStatement select;

    private boolean live;
    private long rows;
    private long bytes;
    private long backlogRows;
    private long buffered;
    private long dropped;
    private long rejected;
    private boolean full;
    private long lostThisEpisode;

    private SampleBuffer(Connection db, Path path, EdgeConfig.Buffer config) throws SQLException {
        this.db = db;
        this.path = path;
        this.maxRows = config.maxRows();
        this.maxBytes = config.maxBytes();
        this.whenFull = config.whenFull();
        insert = db.prepareStatement("insert into sample(source, seq, topic, payload, backlog, bytes)"
                + " values (?, ?, ?, ?, ?, ?)");
        saveSequence = db.prepareStatement("insert into source_sequence(source, last_seq) values (?, ?)"
                + " on conflict(source) do update set last_seq = excluded.last_seq");
        dropOldest = db.prepareStatement("delete from sample where id in (select id from sample order by id limit ?)"
                + " returning backlog, bytes");
        delete = db.prepareStatement("delete from sample where id = ? returning backlog, bytes");
        select = db.prepareStatement("select id, source, seq, topic, payload from sample"
                + " where backlog = ? and id > ? order by id limit ?");
    }

    /**
     * Opens (or creates) the buffer file; every row found is backlog from now on.
     *
     * @throws IllegalStateException naming the file when it cannot be opened
     */
    public static SampleBuffer open(EdgeConfig.Buffer config) {
        Path path = config.path().toAbsolutePath();
        try {
            Files.createDirectories(path.getParent());
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + path);
            try (Statement statement = db.createStatement()) {
                statement.execute("pragma journal_mode = wal");
                statement.execute("pragma synchronous = " + config.synchronous().name());
                statement.execute("pragma busy_timeout = 5000");
                statement.execute("create table if not exists sample (id integer primary key autoincrement,"
                        + " source text not null, seq integer not null, topic text not null, payload text not null,"
                        + " backlog integer not null, bytes integer not null)");
                statement.execute("create index if not exists sample_stream on sample(backlog, id)");
                statement.execute("create table if not exists source_sequence (source text primary key,"
                        + " last_seq integer not null)");
                statement.executeUpdate("update sample set backlog = 1 where backlog = 0");
            }
            db.setAutoCommit(false);
            SampleBuffer buffer = new SampleBuffer(db, path, config);
            buffer.load();
            LOG.info("Buffer {} opened: {} samples ({} bytes) waiting, bounds {} rows / {} bytes, when full {}, "
                    + "synchronous {}", path, buffer.rows, buffer.bytes, buffer.maxRows, buffer.maxBytes,
                    buffer.whenFull, config.synchronous());
            return buffer;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot open the buffer " + path + ": " + e.getMessage(), e);
        }
    }

    private void load() throws SQLException {
        try (Statement statement = db.createStatement()) {
            try (ResultSet totals = statement.executeQuery("select count(*), coalesce(sum(bytes), 0) from sample")) {
                totals.next();
                rows = totals.getLong(1);
                bytes = totals.getLong(2);
                backlogRows = rows;
            }
            try (ResultSet sequences = statement.executeQuery("select source, last_seq from source_sequence")) {
                while (sequences.next()) {
                    lastSequences.put(sequences.getString(1), sequences.getLong(2));
                }
            }
        }
        db.commit();
    }

    /**
     * Numbers and stores samples in one transaction (durable when this returns), applying the bound.
     *
     * @return how many were buffered, how many older ones were dropped and how many were refused
     */
    public synchronized Appended append(List<EdgeSample> samples) {
        Map<String, Long> next = new HashMap<>();
        long added = 0;
        long droppedNow = 0;
        long refused = 0;
        long rowsBefore = rows;
        long bytesBefore = bytes;
        long backlogBefore = backlogRows;
        try {
            for (EdgeSample sample : samples) {
                long seq = next.getOrDefault(sample.source(), lastSequences.getOrDefault(sample.source(), 0L)) + 1;
                String payload = sample.payload(seq);
                long size = ROW_OVERHEAD + sample.topic().length() + payload.getBytes(StandardCharsets.UTF_8).length;
                if (!fits(size)) {
                    if (whenFull == WhenFull.REJECT_NEWEST || size > maxBytes) {
                        refused++;
                        continue;
                    }
                    droppedNow += makeRoom(size);
                }
                insert.setString(1, sample.source());
                insert.setLong(2, seq);
                insert.setString(3, sample.topic());
                insert.setString(4, payload);
                insert.setInt(5, live ? 0 : 1);
                insert.setLong(6, size);
                insert.executeUpdate();
                next.put(sample.source(), seq);
                rows++;
                bytes += size;
                backlogRows += live ? 0 : 1;
                added++;
            }
            for (Map.Entry<String, Long> entry : next.entrySet()) {
                saveSequence.setString(1, entry.getKey());
                saveSequence.setLong(2, entry.getValue());
                saveSequence.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            rows = rowsBefore;
            bytes = bytesBefore;
            backlogRows = backlogBefore;
            rollback();
            throw new IllegalStateException("cannot write to the buffer " + path + ": " + e.getMessage(), e);
        }
        lastSequences.putAll(next);
        buffered += added;
        dropped += droppedNow;
        rejected += refused;
        if (droppedNow + refused > 0) {
            noteFull(droppedNow + refused);
        }
        return new Appended(added, droppedNow, refused);
    }

    private boolean fits(long size) {
        return rows + 1 <= maxRows && bytes + size <= maxBytes;
    }

    /** Deletes the oldest rows until a sample of {@code size} bytes fits; returns how many were deleted. */
    private long makeRoom(long size) throws SQLException {
        long deleted = 0;
        while (!fits(size) && rows > 0) {
            long count = Math.max(1, rows + 1 - maxRows);
            dropOldest.setLong(1, count);
            try (ResultSet gone = dropOldest.executeQuery()) {
                while (gone.next()) {
                    forgetRow(gone.getInt(1) == 1, gone.getLong(2));
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private void forgetRow(boolean backlog, long size) {
        rows--;
        bytes -= size;
        if (backlog) {
            backlogRows--;
        }
    }

    private void noteFull(long lost) {
        if (!full) {
            full = true;
            lostThisEpisode = 0;
            LOG.warn("Buffer full ({} samples, {} bytes; bounds {} rows, {} bytes): policy {} — {} until it has room",
                    rows, bytes, maxRows, maxBytes, whenFull, whenFull == WhenFull.DROP_OLDEST
                            ? "the oldest buffered samples are deleted" : "new samples are refused");
        }
        lostThisEpisode += lost;
    }

    /** A connection: new rows are live from now on. */
    public synchronized void goLive() {
        live = true;
    }

    /** A disconnect: every row still buffered, and every new one, is backlog. */
    public synchronized void goOffline() {
        live = false;
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("update sample set backlog = 1 where backlog = 0");
            db.commit();
            backlogRows = rows;
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot update the buffer " + path + ": " + e.getMessage(), e);
        }
    }

    /** Up to {@code limit} live rows after row {@code afterId}, oldest first. */
    public synchronized List<BufferedSample> live(long afterId, int limit) {
        return read(0, afterId, limit);
    }

    /** Up to {@code limit} backlog rows after row {@code afterId}, oldest first. */
    public synchronized List<BufferedSample> backlog(long afterId, int limit) {
        return read(1, afterId, limit);
    }

    private List<BufferedSample> read(int backlog, long afterId, int limit) {
        List<BufferedSample> found = new ArrayList<>();
        try {
            select.setInt(1, backlog);
            select.setLong(2, afterId);
            select.setInt(3, limit);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    found.add(new BufferedSample(result.getLong(1), result.getString(2), result.getLong(3),
                            result.getString(4), result.getString(5)));
                }
            }
            db.commit();
        } catch (SQLException e) {
            rollback();
            throw new IllegalStateException("cannot read the buffer " + path + ": " + e.getMessage(), e);
        }
        return found;
    }

    /** Removes rows the broker acknowledged (ids already dropped are ignored); returns how many were removed. */
    public synchronized int remove(Collection<Long> ids) {
        Objects.requireNonNull(ids, "ids");
        int removed = 0;
        long rowsBefore = rows;
        long bytesBefore = bytes;
        long backlogBefore = backlogRows;
        try {
            for (long id : ids) {
                delete.setLong(1, id);
                try (ResultSet gone = delete.executeQuery()) {
                    if (gone.next()) {
                        forgetRow(gone.getInt(1) == 1, gone.getLong(2));
                        removed++;
                    }
                }
            }
            db.commit();
        } catch (SQLException e) {
            rows = rowsBefore;
            bytes = bytesBefore;
            backlogRows = backlogBefore;
            rollback();
            throw new IllegalStateException("cannot delete from the buffer " + path + ": " + e.getMessage(), e);
        }
        if (full && rows <= maxRows * ROOM_AGAIN && bytes <= maxBytes * ROOM_AGAIN) {
            full = false;
            LOG.info("Buffer has room again ({} samples, {} bytes); {} samples were {} while it was full", rows, bytes,
                    lostThisEpisode, whenFull == WhenFull.DROP_OLDEST ? "dropped (oldest first)" : "refused");
        }
        return removed;
    }

    /** The last sequence number given to {@code source}, 0 before the first. */
    public synchronized long lastSequence(String source) {
        return lastSequences.getOrDefault(source, 0L);
    }

    /** A snapshot of the counters. */
    public synchronized Stats stats() {
        return new Stats(rows, bytes, backlogRows, buffered, dropped, rejected, full, Map.copyOf(lastSequences));
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            LOG.warn("Closing the buffer {} failed: {}", path, e.getMessage());
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            LOG.warn("Rolling back the buffer {} failed: {}", path, e.getMessage());
        }
    }

    /**
     * What one {@link #append} did.
     *
     * @param buffered samples numbered and stored
     * @param dropped  older samples deleted to make room (DROP_OLDEST)
     * @param rejected new samples refused (REJECT_NEWEST, or larger than the whole byte bound)
     */
    public record Appended(long buffered, long dropped, long rejected) {
    }

    /**
     * The buffer's counters.
     *
     * @param rows          samples buffered now
     * @param bytes         their size
     * @param backlogRows   of which backlog
     * @param buffered      samples numbered and stored since start
     * @param dropped       oldest samples deleted to make room since start
     * @param rejected      new samples refused since start
     * @param full          whether the buffer is in a full episode
     * @param lastSequences last number per source id
     */
    public record Stats(long rows, long bytes, long backlogRows, long buffered, long dropped, long rejected,
                        boolean full, Map<String, Long> lastSequences) {
    }
}
