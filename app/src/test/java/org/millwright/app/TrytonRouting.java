package org.millwright.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.millwright.connector.tryton.PartialStockPolicy;
import org.millwright.connector.tryton.TrytonServer;

/**
 * The systems file the Tryton tests run the hub with: the sample {@code systems/north-on-tryton.yaml} ("north on
 * Tryton for stock and purchasing, the rest on the sandbox") as it is, except for the address of Tryton, where the
 * password comes from (a file instead of the environment, which a test cannot set) and the partial-stock policy.
 */
final class TrytonRouting {
    static final String SAMPLE = "/systems/north-on-tryton.yaml";
    static final String SYSTEM = "tryton-north";

    private TrytonRouting() {
    }

    /** Writes {@code systems.yaml} (and the password file beside it) into {@code directory}; returns the file. */
    static Path write(Path directory, URI tryton, PartialStockPolicy policy) {
        try {
            Path password = Files.writeString(directory.resolve("tryton-hub-password"), TrytonServer.HUB_PASSWORD);
            return Files.writeString(directory.resolve("systems.yaml"), northOnTryton(tryton, password, policy));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String northOnTryton(URI tryton, Path passwordFile, PartialStockPolicy policy) {
        return replace(replace(replace(sample(), "http://tryton-north.example.com:8000/", tryton.toString()),
                "{env: TRYTON_HUB_PASSWORD}", "{file: \"" + passwordFile.toAbsolutePath() + "\"}"),
                "partialStock: KEEP_PARTIAL", "partialStock: " + policy.name());
    }

    private static String sample() {
        try (InputStream in = TrytonRouting.class.getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replace(String text, String what, String with) {
        if (!text.contains(what)) {
            throw new IllegalStateException(SAMPLE + " no longer contains '" + what + "'");
        }
        return text.replace(what, with);
    }
}
