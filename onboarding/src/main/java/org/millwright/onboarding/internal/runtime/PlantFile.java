package org.millwright.onboarding.internal.runtime;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One plant file as read now: its text, or why it could not be read, and a hash of its bytes to tell whether it
 * changed since it was last applied.
 *
 * @param name  file name within the plants directory
 * @param path  full path
 * @param text  the content, when readable as UTF-8
 * @param error why it could not be read
 * @param hash  SHA-256 of the bytes (of the error when unreadable)
 */
public record PlantFile(String name, Path path, Optional<String> text, Optional<String> error, String hash) {

    /** Every {@code *.yaml} and {@code *.yml} file directly in {@code directory} that is not hidden, by name. */
    public static List<PlantFile> list(Path directory) throws IOException {
        List<PlantFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path path : entries.sorted().toList()) {
                String name = path.getFileName().toString();
                if (!name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"))
                        && Files.isRegularFile(path)) {
                    files.add(read(path));
                }
            }
        }
        return files;
    }

    static PlantFile read(Path path) {
        String name = path.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return new PlantFile(name, path, Optional.of(text), Optional.empty(), sha256(bytes));
        } catch (CharacterCodingException e) {
            return unreadable(name, path, name + " line 1: the file is not UTF-8 text");
        } catch (IOException e) {
            return unreadable(name, path, name + " line 1: cannot read the file: " + e);
        }
    }

    private static PlantFile unreadable(String name, Path path, String error) {
        return new PlantFile(name, path, Optional.empty(), Optional.of(error),
                sha256(error.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
