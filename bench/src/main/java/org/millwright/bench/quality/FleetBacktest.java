package org.millwright.bench.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.millwright.detect.Backtest;
import org.millwright.detect.BacktestResult;
import org.millwright.detect.RecordingFormat;
import org.millwright.detect.RuleSet;
import org.millwright.model.Asset;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantRecorder;
import org.millwright.simulator.RecordingSpec;
import org.millwright.simulator.SimAsset;

/**
 * Records a plant with the simulator's {@link PlantRecorder} and backtests the recording with several rule sets at
 * once, streaming: the recorder writes CSV on the calling thread into a {@link ChunkPipe}, and one thread per rule
 * set reads all of it through detect's {@link Backtest} (the same parser and {@code Detector} as {@code millwright-cli
 * backtest}). Nothing is written to disk, so a 200-asset, 90-day recording (gigabytes of text) needs no space.
 */
final class FleetBacktest {
    private FleetBacktest() {
    }

    /** What one recording gave. */
    record Outcome(PlantRecorder.RecordingSummary recording, List<BacktestResult> results) {
    }

    /** Records {@code plant} as {@code spec} says (in CSV whatever its format) and backtests it with every rule set. */
    static Outcome run(PlantDefinition plant, RecordingSpec spec, List<RuleSet> ruleSets) {
        List<Asset> assets = plant.assets().stream().map(SimAsset::asset).toList();
        ChunkPipe pipe = new ChunkPipe(ruleSets.size());
        ExecutorService backtests = Executors.newFixedThreadPool(ruleSets.size(), runnable -> {
            Thread thread = new Thread(runnable, "backtest");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<BacktestResult>> futures = new ArrayList<>();
            for (int i = 0; i < ruleSets.size(); i++) {
                RuleSet ruleSet = ruleSets.get(i);
                java.io.Reader reader = pipe.reader(i);
                futures.add(backtests.submit(() -> {
                    try {
                        return Backtest.run(ruleSet, assets, reader, RecordingFormat.CSV);
                    } catch (RuntimeException | Error e) {
                        pipe.abort(e);
                        throw e;
                    }
                }));
            }
            PlantRecorder.RecordingSummary summary;
            try (Writer writer = pipe.writer()) {
                summary = PlantRecorder.record(plant, spec.withFormat(RecordingSpec.Format.CSV), writer);
            } catch (IOException | UncheckedIOException e) {
                for (Future<BacktestResult> future : futures) {
                    future.get(); // a failed backtest is the cause: report it
                }
                throw new IllegalStateException("cannot hand the recording to the backtests", e);
            }
            List<BacktestResult> results = new ArrayList<>();
            for (Future<BacktestResult> future : futures) {
                results.add(future.get());
            }
            return new Outcome(summary, results);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while backtesting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a backtest failed: " + e.getCause(), e.getCause());
        } finally {
            backtests.shutdownNow();
        }
    }
}
