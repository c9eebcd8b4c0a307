package org.millwright.simulator;

/** Argument checks shared by the value records. */
final class Texts {
    private Texts() {
    }

    static String requireNonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
