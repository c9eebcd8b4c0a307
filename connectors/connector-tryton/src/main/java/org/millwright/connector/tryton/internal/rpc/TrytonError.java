package org.millwright.connector.tryton.internal.rpc;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The {@code error} member of a Tryton 6.0 answer (HTTP 200), decoded by its first element, the exception class,
 * never by its message (which is translated and worded differently per model):
 * <ul>
 *   <li>{@code ["UserError",[message, description, domain|null]]}: a business rule or validation; permanent</li>
 *   <li>{@code ["UserWarning",[name, message, description]]}: needs acknowledging under {@code name}; permanent
 *       unless the caller acknowledges it</li>
 *   <li>{@code ["LoginException",[field, message, type]]}: the login needs more than a password; permanent</li>
 *   <li>{@code ["ConcurrencyException", message]} (the second element is a string): retriable</li>
 *   <li>anything else, {@code [text, traceback]}: a server-side exception such as an unknown field or a missing
 *       database; permanent, since the same request fails the same way</li>
 * </ul>
 *
 * @param type        which of the above
 * @param message     Tryton's own text (for a UserError with a description: {@code message (description)})
 * @param warningName the name a UserWarning is acknowledged under
 */
public record TrytonError(Type type, String message, Optional<String> warningName) {
    public enum Type { USER_ERROR, USER_WARNING, LOGIN, CONCURRENCY, SERVER }

    public TrytonError {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(warningName, "warningName");
    }

    public static TrytonError decode(JsonNode error) {
        if (error == null || !error.isArray() || error.isEmpty()) {
            return new TrytonError(Type.SERVER, String.valueOf(error), Optional.empty());
        }
        String kind = error.get(0).isString() ? error.get(0).stringValue() : error.get(0).toString();
        JsonNode args = error.path(1);
        return switch (kind) {
            case "UserError" -> new TrytonError(Type.USER_ERROR,
                    withDescription(item(args, 0), item(args, 1)), Optional.empty());
            case "UserWarning" -> new TrytonError(Type.USER_WARNING,
                    withDescription(item(args, 1), item(args, 2)), Optional.of(item(args, 0)).filter(n -> !n.isBlank()));
            case "LoginException" -> new TrytonError(Type.LOGIN, item(args, 1).isBlank()
                    ? "login needs " + item(args, 0) : item(args, 1), Optional.empty());
            case "ConcurrencyException" -> new TrytonError(Type.CONCURRENCY,
                    args.isString() ? args.stringValue() : item(args, 0), Optional.empty());
            default -> new TrytonError(Type.SERVER, kind, Optional.empty());
        };
    }

    /** Whether the same call may succeed later: only a concurrent modification. */
    public boolean retriable() {
        return type == Type.CONCURRENCY;
    }

    /** The class name and Tryton's message, for {@link org.millwright.connector.ConnectorException}s. */
    public String text() {
        String name = switch (type) {
            case USER_ERROR -> "UserError";
            case USER_WARNING -> "UserWarning";
            case LOGIN -> "LoginException";
            case CONCURRENCY -> "ConcurrencyException";
            case SERVER -> "server error";
        };
        return name + ": " + message;
    }

    /** Whether an HTTP status means the same request may succeed later: 408, 423 (locked), 429 and 5xx. */
    public static boolean retriableStatus(int status) {
        return status == 408 || status == 423 || status == 429 || status >= 500;
    }

    /**
     * The text of a non-JSON answer (Werkzeug's HTML error pages): tags dropped, entities and whitespace
     * collapsed, at most 300 characters; {@code HTTP <status>} when the body is empty.
     */
    public static String httpText(int status, String body) {
        String text = body == null ? "" : body
                .replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]+>", " ")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
        if (text.length() > 300) {
            text = text.substring(0, 300) + "...";
        }
        return text.isEmpty() ? "HTTP " + status : "HTTP " + status + " " + text;
    }

    private static String item(JsonNode args, int index) {
        JsonNode item = args.path(index);
        return item.isString() ? item.stringValue() : item.isMissingNode() || item.isNull() ? "" : item.toString();
    }

    private static String withDescription(String message, String description) {
        return description.isBlank() ? message : message + " (" + description + ")";
    }
}
