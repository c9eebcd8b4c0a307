package org.millwright.onboarding.internal.convert;

/**
 * An affine map {@code y = factor * x + offset}: the scaling of a tag, a unit conversion, or both composed. Every
 * conversion a plant file can declare is affine (linear scale and offset, a 4-20 mA range, in/s to mm/s, degF to
 * degC), so one pair of numbers per tag does the whole job on the hot path.
 *
 * @param factor multiplier; finite and not zero, so that the map can be inverted
 * @param offset added after multiplying; finite
 */
public record Conversion(double factor, double offset) {
    /** Leaves values as they are. */
    public static final Conversion IDENTITY = new Conversion(1, 0);

    public Conversion {
        if (!Double.isFinite(factor) || factor == 0) {
            throw new IllegalArgumentException("factor must be finite and not zero, was " + factor);
        }
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("offset must be finite, was " + offset);
        }
    }

    /** {@code value * scale}. */
    public static Conversion scale(double scale) {
        return new Conversion(scale, 0);
    }

    /**
     * The straight line through ({@code rawLow}, {@code low}) and ({@code rawHigh}, {@code high}), e.g. a 4-20 mA loop
     * spanning 0-25 mm/s: {@code range(4, 20, 0, 25)}.
     *
     * @throws IllegalArgumentException when the raw or the scaled ends are equal, or not finite
     */
    public static Conversion range(double rawLow, double rawHigh, double low, double high) {
        if (!(Double.isFinite(rawLow) && Double.isFinite(rawHigh) && Double.isFinite(low) && Double.isFinite(high))) {
            throw new IllegalArgumentException("range ends must be finite numbers");
        }
        if (rawLow == rawHigh) {
            throw new IllegalArgumentException("the raw range [" + rawLow + ", " + rawHigh + "] is empty");
        }
        if (low == high) {
            throw new IllegalArgumentException("the scaled range [" + low + ", " + high + "] is empty");
        }
        double factor = (high - low) / (rawHigh - rawLow);
        return new Conversion(factor, low - factor * rawLow);
    }

    /** The converted value; not finite when {@code value} is huge enough to overflow. */
    public double apply(double value) {
        return factor * value + offset;
    }

    /** This conversion followed by {@code next}: {@code next.apply(this.apply(x))} as one map. */
    public Conversion andThen(Conversion next) {
        return new Conversion(next.factor * factor, next.factor * offset + next.offset);
    }

    /** The map back: {@code inverse().apply(apply(x)) == x} up to rounding. */
    public Conversion inverse() {
        return new Conversion(1 / factor, -offset / factor);
    }

    /** Whether this leaves values as they are. */
    public boolean isIdentity() {
        return factor == 1 && offset == 0;
    }
}
