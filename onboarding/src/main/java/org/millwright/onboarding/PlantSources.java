package org.millwright.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.millwright.ingest.IngestGateway;
import org.millwright.ingest.Pipeline;
import org.millwright.ingest.spi.AssetCatalogue;
import org.millwright.onboarding.internal.config.BrokerSpec;
import org.millwright.onboarding.internal.config.MqttJsonSpec;
import org.millwright.onboarding.internal.config.OpcUaSpec;
import org.millwright.onboarding.internal.config.PlantParser;
import org.millwright.onboarding.internal.config.PlantSpec;
import org.millwright.onboarding.internal.config.Secret;
import org.millwright.onboarding.internal.config.SourceSpec;
import org.millwright.onboarding.internal.config.SparkplugSpec;
import org.millwright.onboarding.internal.mqtt.MqttJsonRunner;
import org.millwright.onboarding.internal.opcua.OpcUaRunner;
import org.millwright.onboarding.internal.runtime.Intake;
import org.millwright.onboarding.internal.runtime.PlantFile;
import org.millwright.onboarding.internal.runtime.Reconciler;
import org.millwright.onboarding.internal.runtime.RunnerContext;
import org.millwright.onboarding.internal.runtime.SourceRunner;
import org.millwright.onboarding.internal.sparkplug.SparkplugRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sources of every plant file in a directory and feeds them into the hub's ingest pipeline.
 *
 * <ul>
 *   <li><b>Onboarding is a file.</b> Each {@code *.yaml} file declares one plant: its ISA-95 site and its MQTT JSON,
 *       Sparkplug B and OPC UA sources, with every tag's asset, signal, unit and scaling (schema in the module
 *       README). Nothing else is needed to bring a plant in.</li>
 *   <li><b>Changes at runtime.</b> The directory is checked every {@link PlantSourcesConfig#pollInterval()}; a new,
 *       changed or deleted file is applied by starting, restarting or stopping only the sources that differ. Sources
 *       whose configuration did not change keep their connection. A file that does not load is rejected with its
 *       file, line and problem (logged, and in {@link PlantStatus#error()}); the plant's previous configuration stays
 *       active.</li>
 *   <li><b>Into the pipeline.</b> Every value is scaled and converted to its signal's canonical unit, then judged as
 *       any sample is (known asset at the plant's site, possible value, timestamp window) and submitted to the
 *       {@link Pipeline}; an MQTT input is acknowledged only after detection handled it. Input that cannot be mapped
 *       or read is dead-lettered through the {@link IngestGateway} with its reason.</li>
 *   <li><b>Status.</b> {@link #status()} tells, per plant and source, the connection state with the reason of a
 *       failure, and the counts of received, handled and rejected input.</li>
 * </ul>
 *
 * <p>Threads: one thread ({@code millwright-plants}) checks the directory; connection attempts run on a small pool.
 * {@link #reload()} and {@link #status()} may be called from any thread.
 */
public final class PlantSources implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlantSources.class);
    private static final int CONNECTING_THREADS = 4;

    private final PlantSourcesConfig config;
    private final ScheduledThreadPoolExecutor watcher;
    private final ScheduledThreadPoolExecutor connector;
    private final Reconciler reconciler;
    private volatile boolean closed;

    private PlantSources(PlantSourcesConfig config, Intake intake, Clock clock) {
        this.config = config;
        this.watcher = executor(1, "millwright-plants");
        this.connector = executor(CONNECTING_THREADS, "millwright-plants-connect");
        BrokerSpec hubBroker = new BrokerSpec(config.brokerHost(), config.brokerPort(), config.brokerUsername(),
                config.brokerPassword().map(secret -> new Secret("the hub's broker password", secret)));
        RunnerContext context = new RunnerContext(intake, connector, clock, hubBroker, config.pkiDirectory(),
                config.retryInitial(), config.retryMax());
        this.reconciler = new Reconciler((plant, source) -> start(plant, source, context), clock);
    }

    /**
     * Loads every plant file now, starts their sources (connecting in the background) and starts watching the
     * directory, which is created when missing. Files that do not load are reported in {@link #status()}.
     *
     * @param catalogue the hub's assets: a tag mapped to an asset it does not know is dead-lettered
     * @param gateway   stores rejected input as dead letters, counted with the hub's other rejections
     * @param pipeline  receives the accepted signals
     * @throws UncheckedIOException when the directory cannot be created or listed
     */
    public static PlantSources start(PlantSourcesConfig config, AssetCatalogue catalogue, IngestGateway gateway,
                                     Pipeline pipeline, Clock clock) {
        Objects.requireNonNull(config, "config");
        try {
            Files.createDirectories(config.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the plants directory " + config.directory(), e);
        }
        PlantSources sources = new PlantSources(config, new Intake(catalogue, gateway, pipeline, clock), clock);
        sources.reload();
        long poll = config.pollInterval().toMillis();
        if (poll > 0) {
            sources.watcher.scheduleWithFixedDelay(sources::poll, poll, poll, TimeUnit.MILLISECONDS);
        }
        LOG.info("Plant sources running from {} (checked every {})", config.directory(), config.pollInterval());
        return sources;
    }

    /**
     * Reads and validates a plant file without running anything, as the hub would load it (e.g. before deploying it,
     * or in a test of a shipped example). Relative paths in it are relative to the file's directory.
     *
     * @param environment resolves {@code {env: NAME}} references
     * @return the plant's id
     * @throws PlantConfigException naming the file, the line and the problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public static String validate(Path file, Function<String, Optional<String>> environment) {
        Path absolute = file.toAbsolutePath();
        String text;
        try {
            text = Files.readString(absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plant file " + file, e);
        }
        return PlantParser.parse(text, String.valueOf(absolute.getFileName()), absolute.getParent(), environment).id();
    }

    /**
     * Reads every plant file again now and applies what changed, including secrets rotated in the environment or in
     * their files (sources whose resolved settings are unchanged keep running).
     *
     * @throws UncheckedIOException when the directory cannot be listed
     * @throws IllegalStateException when closed
     */
    public PlantReload reload() {
        return apply(true);
    }

    /**
     * Applies what changed in the directory: new, changed and deleted files; files that were rejected are read again
     * (a missing secret may have been provided since).
     */
    private synchronized PlantReload apply(boolean everyFile) {
        if (closed) {
            throw new IllegalStateException("plant sources are closed");
        }
        List<PlantFile> files;
        try {
            files = PlantFile.list(config.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plants directory " + config.directory(), e);
        }
        return reconciler.apply(files, file -> PlantParser.parse(file.text().orElseThrow(), file.name(),
                config.directory(), config.environment()), everyFile);
    }

    /** Every plant file, by file name, with its plant and sources; files that never loaded show their error. */
    public List<PlantStatus> status() {
        return reconciler.status();
    }

    /** The status of one plant, by plant id. */
    public Optional<PlantStatus> status(String plantId) {
        return status().stream().filter(plant -> plant.plantId().equals(Optional.of(plantId))).findFirst();
    }

    /** The configuration in use. */
    public PlantSourcesConfig config() {
        return config;
    }

    /** Stops watching and closes every source. Idempotent. */
    @Override
    public void close() {
        watcher.shutdownNow();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            reconciler.closeAll();
        }
        connector.shutdownNow();
        LOG.info("Plant sources stopped");
    }

    private void poll() {
        try {
            if (!closed) {
                apply(false);
            }
        } catch (RuntimeException e) {
            // an escaping exception would cancel the periodic check
            LOG.error("Checking the plants directory {} failed; trying again in {}", config.directory(),
                    config.pollInterval(), e);
        }
    }

    private static SourceRunner start(PlantSpec plant, SourceSpec source, RunnerContext context) {
        if (source instanceof MqttJsonSpec mqtt) {
            return new MqttJsonRunner(plant, mqtt, context);
        }
        if (source instanceof SparkplugSpec sparkplug) {
            return new SparkplugRunner(plant, sparkplug, context);
        }
        return new OpcUaRunner(plant, (OpcUaSpec) source, context);
    }

    private static ScheduledThreadPoolExecutor executor(int threads, String name) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(threads, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }
}
