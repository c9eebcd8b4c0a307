package org.millwright.connector.rest.internal.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A secret named, never written, in a file: {@code {env: NAME}} or {@code {file: /run/secrets/x}}, optionally with
 * a {@code prefix} such as {@code "Bearer "}. Resolved once, when the file is loaded; a file's content is stripped
 * of surrounding white space (the trailing newline of {@code echo} and editors).
 */
public final class SecretReference {
    /** Names (of headers, query parameters, keys) that carry credentials and so may only hold a reference. */
    public static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(authorization|password|passwd|secret|token|api[-_]?key|cookie|signature|credential).*");
    private static final List<String> KEYS = List.of("env", "file", "prefix");

    private SecretReference() {
    }

    /** Whether this value is written as a reference ({@code env} or {@code file} key). */
    public static boolean isReference(YamlNode node) {
        return node.isObject() && (node.has("env") || node.has("file"));
    }

    /**
     * The secret's value, prefix included.
     *
     * @param environment the process environment ({@code System::getenv}), a map in tests
     */
    public static String resolve(YamlNode node, Function<String, String> environment) {
        node.requireObject().allowOnly(KEYS);
        if (node.has("env") == node.has("file")) {
            throw node.error("a secret reference names exactly one of 'env' or 'file'");
        }
        String prefix = node.has("prefix") ? node.get("prefix").value().asString() : "";
        String value;
        if (node.has("env")) {
            String name = node.get("env").text();
            value = environment.apply(name);
            if (value == null || value.isBlank()) {
                throw node.get("env").error("environment variable " + name + " is not set");
            }
        } else {
            Path file = Path.of(node.get("file").text());
            try {
                value = Files.readString(file).strip();
            } catch (IOException e) {
                throw node.get("file").error("cannot read secret file " + file + ": " + e);
            }
            if (value.isEmpty()) {
                throw node.get("file").error("secret file " + file + " is empty");
            }
        }
        return prefix + value;
    }

    /** The error for a secret written in clear text. */
    public static String literalSecretProblem(String what) {
        return what + " holds a literal secret; write a reference instead: {env: NAME} or {file: /path/to/secret}"
                + " (with prefix: \"Bearer \" if the value needs one)";
    }
}
