package org.millwright.connector.rest.internal.mapping;

import java.util.Arrays;
import java.util.List;

/**
 * A value an operation offers its templates: a field of the port request (or a method parameter) by the same name.
 *
 * @param constants for an enum, its constant names (a table applied to it must cover them all)
 * @param fields    for a list, the fields of one element (variables inside {@code each})
 */
public record Variable(String name, Kind kind, List<String> constants, List<Variable> fields) {
    /** How a variable renders: a text, a number, an ISO-8601 instant or duration, or a list of objects. */
    public enum Kind { TEXT, NUMBER, ENUM, INSTANT, DURATION, LIST }

    public Variable {
        constants = List.copyOf(constants);
        fields = List.copyOf(fields);
    }

    static Variable text(String name) {
        return new Variable(name, Kind.TEXT, List.of(), List.of());
    }

    static Variable number(String name) {
        return new Variable(name, Kind.NUMBER, List.of(), List.of());
    }

    static Variable instant(String name) {
        return new Variable(name, Kind.INSTANT, List.of(), List.of());
    }

    static Variable duration(String name) {
        return new Variable(name, Kind.DURATION, List.of(), List.of());
    }

    static Variable enumeration(String name, Class<? extends Enum<?>> type) {
        return new Variable(name, Kind.ENUM, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                List.of());
    }

    /** The spare parts of a request: each element has {@code material} and {@code quantity}. */
    static Variable items(String name) {
        return new Variable(name, Kind.LIST, List.of(), List.of(text("material"), number("quantity")));
    }
}
