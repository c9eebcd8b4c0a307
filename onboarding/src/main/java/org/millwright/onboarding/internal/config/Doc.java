package org.millwright.onboarding.internal.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.millwright.onboarding.PlantConfigException;

/** The plant file being read: turns YAML nodes into values, and problems into errors naming the file and line. */
final class Doc {
    private final String file;
    private final Path directory;
    private final Function<String, Optional<String>> environment;

    /**
     * @param file        the file's name for messages
     * @param directory   what relative paths ({@code {file: ...}}, {@code pki}) are relative to
     * @param environment looks up environment variables for {@code {env: NAME}}
     */
    Doc(String file, Path directory, Function<String, Optional<String>> environment) {
        this.file = file;
        this.directory = directory;
        this.environment = environment;
    }

    String file() {
        return file;
    }

    PlantConfigException error(Yaml at, String problem) {
        return new PlantConfigException(file, at.line(), problem);
    }

    PlantConfigException error(int line, String problem) {
        return new PlantConfigException(file, line, problem);
    }

    /** A scalar that is not empty, as written (numbers count: {@code id: 7} is the text "7"). */
    String text(Yaml node, String what) {
        if (!(node instanceof Yaml.Scalar scalar) || scalar.type() == Yaml.Type.NULL) {
            throw error(node, what + " must be a text, found " + describe(node));
        }
        if (scalar.text().isBlank()) {
            throw error(node, what + " must not be empty");
        }
        return scalar.text().strip();
    }

    double number(Yaml node, String what) {
        if (!(node instanceof Yaml.Scalar scalar)
                || !(scalar.type() == Yaml.Type.INTEGER || scalar.type() == Yaml.Type.DECIMAL)) {
            throw error(node, what + " must be a number, found " + describe(node));
        }
        try {
            double value = Double.parseDouble(scalar.text().replace("_", ""));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(node, what + " must be a finite decimal number, found '" + scalar.text() + "'");
    }

    int integer(Yaml node, String what, int min, int max) {
        double value = number(node, what);
        if (value != Math.rint(value) || value < min || value > max) {
            throw error(node, what + " must be a whole number from " + min + " to " + max + ", found "
                    + ((Yaml.Scalar) node).text());
        }
        return (int) value;
    }

    /** An ISO-8601 duration such as {@code PT0.5S}, more than zero. */
    Duration duration(Yaml node, String what) {
        String text = text(node, what);
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw error(node, what + " '" + text + "' is not an ISO-8601 duration such as PT1S or PT0.5S");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw error(node, what + " must be more than zero, found " + text);
        }
        return duration;
    }

    /** The items of a list that has at least one. */
    List<Yaml> list(Yaml node, String what) {
        if (!(node instanceof Yaml.Sequence sequence)) {
            throw error(node, what + " must be a list, found " + describe(node));
        }
        if (sequence.items().isEmpty()) {
            throw error(node, what + " must list at least one entry");
        }
        return sequence.items();
    }

    /** A path; relative ones are relative to the plants directory. */
    Path path(Yaml node, String what) {
        String text = text(node, what);
        try {
            return directory.resolve(text).normalize();
        } catch (InvalidPathException e) {
            throw error(node, what + " '" + text + "' is not a valid path: " + e.getReason());
        }
    }

    /**
     * A secret given by reference: {@code {env: NAME}} or {@code {file: path}}. A secret written into the file is an
     * error, so that plant files can be shared and versioned without leaking credentials.
     */
    Secret secret(Yaml node, String what) {
        if (node instanceof Yaml.Scalar scalar && scalar.type() != Yaml.Type.NULL) {
            throw error(node, what + " is written into the file; a secret must be a reference: {env: VARIABLE} or"
                    + " {file: path/to/secret}");
        }
        Fields reference = Fields.of(this, node, what, "env", "file");
        if (reference.keys().size() != 1) {
            throw error(node, what + " must be exactly one of {env: VARIABLE} or {file: path/to/secret}");
        }
        if (reference.has("env")) {
            String variable = reference.text("env");
            String value = environment.apply(variable).orElseThrow(() -> error(reference.required("env"),
                    "environment variable " + variable + " (" + what + ") is not set"));
            if (value.isEmpty()) {
                throw error(reference.required("env"), "environment variable " + variable + " (" + what + ") is empty");
            }
            return new Secret("{env: " + variable + "}", value);
        }
        Path path = path(reference.required("file"), "'file' of " + what);
        String value;
        try {
            value = Files.readString(path, StandardCharsets.UTF_8).replaceAll("[\\r\\n]+$", "");
        } catch (IOException e) {
            throw error(reference.required("file"), "cannot read " + what + " from " + path + ": " + e);
        }
        if (value.isEmpty()) {
            throw error(reference.required("file"), "the file " + path + " (" + what + ") is empty");
        }
        return new Secret("{file: " + path + "}", value);
    }

    /** A text written in the file, or a reference as for {@link #secret} (for user names kept with passwords). */
    String textOrReference(Yaml node, String what) {
        return node instanceof Yaml.Mapping ? secret(node, what).value() : text(node, what);
    }

    static String describe(Yaml node) {
        if (node instanceof Yaml.Mapping) {
            return "a mapping";
        }
        if (node instanceof Yaml.Sequence) {
            return "a list";
        }
        Yaml.Scalar scalar = (Yaml.Scalar) node;
        return switch (scalar.type()) {
            case NULL -> "no value";
            case INTEGER, DECIMAL -> "the number " + scalar.text();
            case BOOLEAN -> "the boolean " + scalar.text();
            case TEXT -> "the text '" + scalar.text() + "'";
        };
    }
}
