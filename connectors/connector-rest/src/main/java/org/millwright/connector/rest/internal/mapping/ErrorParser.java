package org.millwright.connector.rest.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.millwright.connector.rest.internal.yaml.YamlNode;
import tools.jackson.core.JsonPointer;

/** Reads {@code errors:} blocks and status lists. */
final class ErrorParser {
    private static final List<String> KEYS = List.of("retriable", "message");
    private static final Pattern CLASS = Pattern.compile("([1-5])xx", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("(\\d{3})\\s*-\\s*(\\d{3})");

    private ErrorParser() {
    }

    /** An {@code errors:} block; keys it leaves out keep the values of {@code base}. */
    static ErrorPolicy policy(YamlNode node, ErrorPolicy base) {
        node.requireObject().allowOnly(KEYS);
        List<ErrorPolicy.Range> retriable = base.retriable();
        if (node.has("retriable")) {
            retriable = new ArrayList<>();
            for (YamlNode element : node.get("retriable").elements()) {
                retriable.add(range(element));
            }
        }
        Optional<JsonPointer> message = base.message();
        if (node.has("message")) {
            message = Optional.of(path(node.get("message")));
        }
        return new ErrorPolicy(retriable, message);
    }

    /** A list of statuses, such as {@code [404, 410]}. */
    static Set<Integer> statuses(YamlNode node) {
        Set<Integer> statuses = new LinkedHashSet<>();
        for (YamlNode element : node.elements()) {
            statuses.add(status(element, element.value().isIntegralNumber() ? element.value().asInt() : -1));
        }
        return statuses;
    }

    private static ErrorPolicy.Range range(YamlNode node) {
        if (node.value().isIntegralNumber()) {
            int status = status(node, node.value().asInt());
            return new ErrorPolicy.Range(status, status);
        }
        String text = node.text().strip();
        Matcher family = CLASS.matcher(text);
        if (family.matches()) {
            int first = Integer.parseInt(family.group(1)) * 100;
            return new ErrorPolicy.Range(first, first + 99);
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            int from = status(node, Integer.parseInt(range.group(1)));
            int to = status(node, Integer.parseInt(range.group(2)));
            if (to < from) {
                throw node.error("range '" + text + "' ends before it starts");
            }
            return new ErrorPolicy.Range(from, to);
        }
        throw node.error("'" + text + "' is not a status: write 503, a class such as 5xx, or a range such as 500-504");
    }

    private static int status(YamlNode node, int status) {
        if (status < 100 || status > 599) {
            throw node.error("expected an HTTP status (100-599), found " + node.describe());
        }
        return status;
    }

    static JsonPointer path(YamlNode node) {
        String text = node.value().isString() ? node.value().asString() : node.text();
        try {
            return Paths.parse(text);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
