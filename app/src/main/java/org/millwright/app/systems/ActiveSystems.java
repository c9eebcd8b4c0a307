package org.millwright.app.systems;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.millwright.app.WatchedFile;
import org.millwright.connector.AssetMaster;
import org.millwright.model.AssetId;
import org.millwright.orchestrate.SystemsOfRecord;
import org.millwright.orchestrate.SystemsRouting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The systems of record in force. Built from the systems file ({@code millwright.connectors.systems-file}) and rebuilt
 * when it changes, so that an operator can correct an adapter's settings or a route and replay a parked step without
 * restarting the hub; a file with an error is rejected with its message and the previous systems stay in force.
 * Without a file, the sandbox systems serve every site and nothing reloads. Thread-safe.
 */
public final class ActiveSystems implements SystemsRouting {
    private static final Logger LOG = LoggerFactory.getLogger(ActiveSystems.class);

    private final Optional<WatchedFile> file;
    private final Function<SystemsFile, SystemsRouter> build;
    private volatile SystemsRouter current;
    private volatile SystemsFile currentFile;
    private volatile Optional<String> lastError = Optional.empty();

    /**
     * @param file  the systems file, or empty for the built-in sandbox routing
     * @param build makes the adapters and routes of a file (throws {@link SystemsFileException} when they are wrong)
     * @throws SystemsFileException when the file is wrong at start: the hub does not start on a broken file
     */
    public ActiveSystems(Optional<Path> file, Function<SystemsFile, SystemsRouter> build) {
        this.file = Objects.requireNonNull(file, "file").map(WatchedFile::new);
        this.build = Objects.requireNonNull(build, "build");
        this.currentFile = file.map(SystemsFile::read).orElseGet(SystemsFile::sandbox);
        this.current = build.apply(currentFile);
    }

    @Override
    public SystemsOfRecord forAsset(AssetId asset) {
        return current.forAsset(asset);
    }

    /** The routing in force. */
    public SystemsRouter router() {
        return current;
    }

    /** The configuration in force. */
    public SystemsFile configuration() {
        return currentFile;
    }

    /** Every distinct equipment master in force; the asset catalogue is synchronized from all of them. */
    public List<AssetMaster> assetMasters() {
        return current.assetMasters();
    }

    public Optional<Path> file() {
        return file.map(WatchedFile::path);
    }

    /** Why the last reload was rejected, until a reload succeeds. */
    public Optional<String> lastError() {
        return lastError;
    }

    /** Reloads the file when it changed since it was last read. */
    @Scheduled(fixedDelayString = "${millwright.connectors.reload-interval:PT5S}")
    public void reloadIfChanged() {
        if (file.isPresent() && file.get().changed()) {
            reload();
        }
    }

    /** Reads the file again and puts its systems in force; returns the error when it was rejected. */
    public synchronized Optional<String> reload() {
        if (file.isEmpty()) {
            return Optional.of("no systems file is configured (millwright.connectors.systems-file); the sandbox"
                    + " systems serve every site");
        }
        Path path = file.get().path();
        file.get().markRead();
        try {
            SystemsFile next = SystemsFile.read(path);
            current = build.apply(next);
            currentFile = next;
            lastError = Optional.empty();
            LOG.info("Systems of record from {} are in force: {}", path, String.join(", ", next.systems().keySet()));
        } catch (SystemsFileException | IllegalArgumentException e) {
            lastError = Optional.of(e.getMessage());
            LOG.error("Systems file {} rejected; the previous systems stay in force: {}", path, e.getMessage());
        }
        return lastError;
    }
}
