package org.millwright.connector.rest.internal.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with placeholders, {@code /assets/{{asset}}?since={{earliestStart}}} or {@code {{severity | priority}}}.
 * The whole syntax: {@code {{name}}} or {@code {{name | filter | filter}}}, where a name is a variable of the
 * operation and a filter either a table of the mapping file or a built-in ({@link Filters}). Expansion is one pass:
 * text a value brings in, braces included, is never expanded again. There is no escape for a literal {@code {{}.
 */
public final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(.*?)}}", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /** A literal piece of text or a placeholder. */
    public sealed interface Part permits Literal, Placeholder {
    }

    public record Literal(String text) implements Part {
    }

    /** {@code {{name | filters...}}}; {@code text} is how it was written, for messages. */
    public record Placeholder(String name, List<String> filters, String text) implements Part {
        public Placeholder {
            filters = List.copyOf(filters);
        }
    }

    private final String source;
    private final List<Part> parts;

    private Template(String source, List<Part> parts) {
        this.source = source;
        this.parts = List.copyOf(parts);
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException naming the problem: an unclosed {@code {{}, an empty placeholder, a name or
     *                                  filter that is not a word
     */
    public static Template parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Part> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(literal(text.substring(at, matcher.start())));
            }
            parts.add(placeholder(matcher.group(1), matcher.group()));
            at = matcher.end();
        }
        if (at < text.length()) {
            parts.add(literal(text.substring(at)));
        }
        return new Template(text, parts);
    }

    private static Literal literal(String text) {
        if (text.contains("{{")) {
            throw new IllegalArgumentException("'{{' without a closing '}}' in '" + text + "'");
        }
        return new Literal(text);
    }

    private static Placeholder placeholder(String inside, String written) {
        String[] pieces = inside.split("\\|", -1);
        String name = pieces[0].strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("placeholder " + written + " must name a variable, such as {{asset}}");
        }
        List<String> filters = new ArrayList<>();
        for (int i = 1; i < pieces.length; i++) {
            String filter = pieces[i].strip();
            if (!NAME.matcher(filter).matches()) {
                throw new IllegalArgumentException("placeholder " + written + " has an empty or malformed filter"
                        + " after '|'; write {{name | table}}");
            }
            filters.add(filter);
        }
        return new Placeholder(name, filters, written);
    }

    public String source() {
        return source;
    }

    public List<Part> parts() {
        return parts;
    }

    public List<Placeholder> placeholders() {
        return parts.stream().filter(Placeholder.class::isInstance).map(Placeholder.class::cast).toList();
    }

    /** Whether the template is exactly one placeholder and nothing else (then it may stand for a number or a list). */
    public boolean isSinglePlaceholder() {
        return parts.size() == 1 && parts.get(0) instanceof Placeholder;
    }

    /**
     * The text with every placeholder replaced by the text of its value passed through {@code encode} (percent-encoding
     * in URLs, nothing elsewhere); literal text is kept as written.
     */
    public String render(Scope scope, UnaryOperator<String> encode) {
        return fill(placeholder -> encode.apply(Scope.text(scope.value(placeholder))));
    }

    /** The text with every placeholder replaced by what {@code text} gives for it. */
    public String fill(Function<Placeholder, String> text) {
        StringBuilder filled = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                filled.append(literal.text());
            } else {
                filled.append(text.apply((Placeholder) part));
            }
        }
        return filled.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
