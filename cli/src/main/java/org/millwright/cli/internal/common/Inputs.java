package org.millwright.cli.internal.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.millwright.detect.RecordingFormat;
import org.millwright.detect.RuleSet;
import org.millwright.detect.RuleSetLoader;
import org.millwright.simulator.PlantDefinition;
import org.millwright.simulator.PlantDefinitions;
import org.millwright.simulator.RecordingSpec;

/** Resolves the command-line arguments that name inputs: {@code default} or a file. */
public final class Inputs {
    /** The argument value that selects the shipped plant or rule set. */
    public static final String DEFAULT = "default";

    private Inputs() {
    }

    /** The shipped plant for {@code default}, else the plant YAML file. */
    public static PlantDefinition plant(String argument) {
        return DEFAULT.equals(argument) ? PlantDefinitions.loadDefault()
                : PlantDefinitions.load(existingFile(argument, "plant definition"));
    }

    /** The argument value that selects the shipped rule set for samples every few minutes. */
    public static final String PERIODIC = "periodic";

    /** The shipped rule sets for {@code default} and {@code periodic}, else the rule set YAML file. */
    public static RuleSet rules(String argument) {
        if (DEFAULT.equals(argument)) {
            return RuleSetLoader.loadDefault();
        }
        return PERIODIC.equals(argument) ? RuleSetLoader.loadPeriodic()
                : RuleSetLoader.load(existingFile(argument, "rule set"));
    }

    /** The path of a readable regular file, or a {@link CliException} naming what is missing. */
    public static Path existingFile(String argument, String what) {
        Path path = Path.of(argument);
        if (!Files.isRegularFile(path)) {
            throw new CliException(what + " file not found: " + path.toAbsolutePath());
        }
        if (!Files.isReadable(path)) {
            throw new CliException(what + " file is not readable: " + path.toAbsolutePath());
        }
        return path;
    }

    /** CSV for a {@code .csv} file name, otherwise JSON lines. */
    public static RecordingFormat recordingFormat(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? RecordingFormat.CSV : RecordingFormat.JSON_LINES;
    }

    /** The simulator's name for the same format. */
    public static RecordingSpec.Format recorderFormat(Path file) {
        return recordingFormat(file) == RecordingFormat.CSV ? RecordingSpec.Format.CSV : RecordingSpec.Format.JSON_LINES;
    }
}
