package org.millwright.onboarding.internal.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import org.millwright.onboarding.PlantConfigException;
import org.millwright.onboarding.PlantReload;
import org.millwright.onboarding.PlantStatus;
import org.millwright.onboarding.internal.config.PlantSpec;
import org.millwright.onboarding.internal.config.SourceSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the running sources in line with the plant files, touching only what changed: a source whose spec is equal
 * to the running one keeps its connection and counters; a changed source is stopped and started again; a removed
 * source or file is stopped. A file that does not load leaves its previous configuration running and keeps the error
 * for the status, until its content loads.
 *
 * <p>{@link #apply} is called by one thread at a time (the owner's reload); {@link #status} by any thread.
 */
public final class Reconciler {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    /** Starts a source of a plant. */
    @FunctionalInterface
    public interface Starter {
        SourceRunner start(PlantSpec plant, SourceSpec source);
    }

    /** Reads a plant file, throwing its first problem. */
    @FunctionalInterface
    public interface Parser {
        PlantSpec parse(PlantFile file);
    }

    /** What runs from one file; immutable. */
    private record Active(PlantSpec spec, Map<String, SourceRunner> runners, Instant loadedAt) {
    }

    /** One file's state; replaced as a whole, so readers see a consistent one. */
    private record FileState(String hash, Optional<Active> active, Optional<String> error) {
    }

    private final Starter starter;
    private final Clock clock;
    private final Map<String, FileState> files = new ConcurrentSkipListMap<>();

    public Reconciler(Starter starter, Clock clock) {
        this.starter = starter;
        this.clock = clock;
    }

    /**
     * Applies what changed in {@code current}, the directory's files now.
     *
     * @param everyFile read unchanged files again too, so that a rotated secret they refer to takes effect (only the
     *                  sources whose resolved settings changed restart)
     */
    public synchronized PlantReload apply(List<PlantFile> current, Parser parser, boolean everyFile) {
        Outcome outcome = new Outcome();
        Set<String> present = current.stream().map(PlantFile::name).collect(Collectors.toSet());
        for (PlantFile file : current) {
            FileState before = files.get(file.name());
            // An unchanged file is done with, unless it was rejected: then a missing secret or a conflicting plant id
            // may have been fixed elsewhere, so it is read again (and logged only when the error changes).
            if (!everyFile && before != null && before.hash().equals(file.hash()) && before.error().isEmpty()) {
                continue;
            }
            Optional<Active> active = before == null ? Optional.empty() : before.active();
            try {
                if (file.error().isPresent()) {
                    throw new IllegalStateException(file.error().get());
                }
                PlantSpec spec = parser.parse(file);
                requireUniquePlant(file.name(), spec);
                Active next = reconcile(spec, active, outcome);
                files.put(file.name(), new FileState(file.hash(), Optional.of(next), Optional.empty()));
                LOG.info("Plant file {} applied: plant {} with {} source(s)", file.name(), spec.id(), spec.sources().size());
            } catch (PlantConfigException | IllegalStateException e) {
                String error = e.getMessage();
                if (before == null || !before.error().equals(Optional.of(error))) {
                    LOG.error("Plant file {} rejected{}: {}", file.name(),
                            active.isPresent() ? ", its previous configuration stays active" : "", error);
                }
                files.put(file.name(), new FileState(file.hash(), active, Optional.of(error)));
                outcome.rejected.put(file.name(), error);
            }
        }
        for (String name : List.copyOf(files.keySet())) {
            if (!present.contains(name)) {
                FileState removed = files.remove(name);
                removed.active().ifPresent(active -> active.runners().forEach((id, runner) ->
                        stop(active.spec(), runner, outcome)));
                LOG.info("Plant file {} removed{}", name, removed.active().map(a -> ": plant " + a.spec().id()
                        + " stopped").orElse(""));
            }
        }
        return new PlantReload(outcome.started, outcome.stopped, outcome.unchanged, outcome.rejected);
    }

    private void requireUniquePlant(String file, PlantSpec spec) {
        files.forEach((other, state) -> state.active().ifPresent(active -> {
            if (!other.equals(file) && active.spec().id().equals(spec.id())) {
                throw new IllegalStateException(file + " line 1: plant id '" + spec.id() + "' is already declared by "
                        + other + "; each plant has one file");
            }
        }));
    }

    private Active reconcile(PlantSpec spec, Optional<Active> before, Outcome outcome) {
        Map<String, SourceRunner> old = new HashMap<>();
        before.ifPresent(active -> {
            boolean samePlant = active.spec().id().equals(spec.id())
                    && active.spec().sitePath().equals(spec.sitePath());
            active.runners().forEach((id, runner) -> {
                if (samePlant) {
                    old.put(id, runner);
                } else {
                    stop(active.spec(), runner, outcome);
                }
            });
        });
        Map<String, SourceRunner> runners = new LinkedHashMap<>();
        for (SourceSpec source : spec.sources()) {
            SourceRunner running = old.remove(source.id());
            if (running != null && running.spec().equals(source)) {
                runners.put(source.id(), running);
                outcome.unchanged.add(spec.id() + '/' + source.id());
                continue;
            }
            if (running != null) {
                stop(spec, running, outcome);
            }
            runners.put(source.id(), start(spec, source));
            outcome.started.add(spec.id() + '/' + source.id());
        }
        old.values().forEach(runner -> stop(spec, runner, outcome));
        return new Active(spec, Collections.unmodifiableMap(runners), clock.instant());
    }

    private SourceRunner start(PlantSpec plant, SourceSpec source) {
        try {
            return starter.start(plant, source);
        } catch (RuntimeException e) {
            LOG.error("Plant {} source {} could not be started", plant.id(), source.id(), e);
            return new FailedRunner(source, "could not be started: " + e.getMessage(), clock.instant());
        }
    }

    private static void stop(PlantSpec plant, SourceRunner runner, Outcome outcome) {
        runner.close();
        outcome.stopped.add(plant.id() + '/' + runner.spec().id());
    }

    /** Every plant file with what runs from it, by file name. */
    public List<PlantStatus> status() {
        List<PlantStatus> status = new ArrayList<>();
        files.forEach((name, state) -> {
            Optional<Active> active = state.active();
            status.add(new PlantStatus(name, active.map(a -> a.spec().id()), active.map(a -> a.spec().name()),
                    active.map(a -> a.spec().sitePath()), active.map(Active::loadedAt),
                    active.map(a -> a.runners().values().stream().map(SourceRunner::status).toList()).orElse(List.of()),
                    state.error()));
        });
        return status;
    }

    /** Stops every source; the files are read again on the next {@link #apply}. */
    public synchronized void closeAll() {
        Outcome ignored = new Outcome();
        files.values().forEach(state -> state.active().ifPresent(active ->
                active.runners().values().forEach(runner -> stop(active.spec(), runner, ignored))));
        files.clear();
    }

    private static final class Outcome {
        final List<String> started = new ArrayList<>();
        final List<String> stopped = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final Map<String, String> rejected = new LinkedHashMap<>();
    }
}
