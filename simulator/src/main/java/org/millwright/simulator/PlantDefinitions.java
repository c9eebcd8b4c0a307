package org.millwright.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.millwright.simulator.internal.definition.PlantYamlReader;

/**
 * Loads {@link PlantDefinition}s from YAML. The shipped default ({@value #DEFAULT_RESOURCE}) is the demo plant:
 * enterprise {@code acme}, sites {@code north} (ERP plant N100) and {@code south} (S100), one area
 * {@code assembly} with lines {@code line-1} and {@code line-2}, ten machines per line, and one bearing-wear
 * degradation on {@code north-l1-motor-01}. Read that file for the format.
 */
public final class PlantDefinitions {
    /** Class-path location of the default plant. */
    public static final String DEFAULT_RESOURCE = "/plant/default-plant.yaml";

    private PlantDefinitions() {
    }

    /**
     * Reads a plant definition.
     *
     * @param yaml       the YAML document; not closed
     * @param sourceName names the document in error messages (a file name or resource)
     * @throws PlantDefinitionException naming {@code sourceName} and every problem found
     */
    public static PlantDefinition load(InputStream yaml, String sourceName) {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(sourceName, "sourceName");
        return PlantYamlReader.read(yaml, sourceName);
    }

    /**
     * Reads a plant definition from a file.
     *
     * @throws PlantDefinitionException naming the file and every problem found
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static PlantDefinition load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plant definition " + file, e);
        }
    }

    /** The shipped demo plant. */
    public static PlantDefinition loadDefault() {
        try (InputStream in = PlantDefinitions.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default plant " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            return load(in, "classpath:" + DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }
}
