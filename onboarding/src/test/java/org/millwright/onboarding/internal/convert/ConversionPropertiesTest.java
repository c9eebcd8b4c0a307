package org.millwright.onboarding.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.millwright.model.SignalType;

class ConversionPropertiesTest {
    private static final double TOLERANCE = 1e-9;

    @Property
    void aRangeMapsItsRawEndsToItsScaledEndsAndIsLinearBetween(
            @ForAll @DoubleRange(min = -1e3, max = 1e3) double rawLow, @ForAll @DoubleRange(min = 0.1, max = 1e3) double rawSpan,
            @ForAll @DoubleRange(min = -1e3, max = 1e3) double low, @ForAll @DoubleRange(min = 0.1, max = 1e3) double span,
            @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
        Conversion range = Conversion.range(rawLow, rawLow + rawSpan, low, low + span);

        assertThat(range.apply(rawLow)).isCloseTo(low, within(TOLERANCE * 1e3));
        assertThat(range.apply(rawLow + rawSpan)).isCloseTo(low + span, within(TOLERANCE * 1e3));
        assertThat(range.apply(rawLow + fraction * rawSpan)).isCloseTo(low + fraction * span, within(TOLERANCE * 1e3));
    }

    @Property
    void composingIsApplyingOneAfterTheOther(@ForAll("conversions") Conversion first,
                                              @ForAll("conversions") Conversion second,
                                              @ForAll @DoubleRange(min = -1e4, max = 1e4) double value) {
        double stepwise = second.apply(first.apply(value));
        assertThat(first.andThen(second).apply(value)).isCloseTo(stepwise, within(1e-9 * Math.max(1, Math.abs(stepwise))));
    }

    @Property
    void theInverseTakesAValueBack(@ForAll("conversions") Conversion conversion,
                                   @ForAll @DoubleRange(min = -1e4, max = 1e4) double value) {
        assertThat(conversion.inverse().apply(conversion.apply(value)))
                .isCloseTo(value, within(1e-6 * Math.max(1, Math.abs(value))));
    }

    @Property
    void aCanonicalUnitLeavesValuesAsTheyAre(@ForAll SignalType signal,
                                             @ForAll @DoubleRange(min = -1e6, max = 1e6) double value) {
        assertThat(Units.toCanonical(signal, signal.unit())).hasValueSatisfying(conversion -> {
            assertThat(conversion.isIdentity()).isTrue();
            assertThat(conversion.apply(value)).isEqualTo(value);
        });
    }

    @Property
    void inchesPerSecondAreTwentyFiveAndAHalfMillimetresPerSecond(@ForAll @DoubleRange(min = 0, max = 10) double ips) {
        assertThat(Units.toCanonical(SignalType.VIBRATION_VELOCITY, "in/s").orElseThrow().apply(ips))
                .isCloseTo(ips * 25.4, within(TOLERANCE));
    }

    @Property
    void fahrenheitConvertsToCelsiusAndBack(@ForAll @DoubleRange(min = -459.67, max = 2000) double fahrenheit) {
        Conversion toCelsius = Units.toCanonical(SignalType.BEARING_TEMPERATURE, "degF").orElseThrow();
        double celsius = toCelsius.apply(fahrenheit);

        assertThat(celsius).isCloseTo((fahrenheit - 32) * 5 / 9, within(TOLERANCE * 10));
        assertThat(celsius * 9 / 5 + 32).isCloseTo(fahrenheit, within(TOLERANCE * 10));
    }

    @Property
    void aFourToTwentyMilliampLoopSpansItsEngineeringRangeInTheCanonicalUnit(
            @ForAll @DoubleRange(min = 4, max = 20) double milliamps, @ForAll @IntRange(min = 1, max = 500) int fullScale) {
        // 4-20 mA loop measuring 0..fullScale degF of bearing temperature
        Conversion loop = Conversion.range(4, 20, 0, fullScale)
                .andThen(Units.toCanonical(SignalType.BEARING_TEMPERATURE, "degF").orElseThrow());

        double fahrenheit = (milliamps - 4) / 16 * fullScale;
        assertThat(loop.apply(milliamps)).isCloseTo((fahrenheit - 32) * 5 / 9, within(1e-9 * fullScale));
    }

    @Example
    void knownConversionsHoldExactly() {
        assertThat(Units.toCanonical(SignalType.BEARING_TEMPERATURE, "degF").orElseThrow().apply(212))
                .isCloseTo(100, within(TOLERANCE));
        assertThat(Units.toCanonical(SignalType.BEARING_TEMPERATURE, "K").orElseThrow().apply(273.15))
                .isCloseTo(0, within(TOLERANCE));
        assertThat(Units.toCanonical(SignalType.MOTOR_CURRENT, "mA").orElseThrow().apply(1500))
                .isCloseTo(1.5, within(TOLERANCE));
        assertThat(Units.toCanonical(SignalType.VIBRATION_VELOCITY, "m/s").orElseThrow().apply(0.004))
                .isCloseTo(4, within(TOLERANCE));
    }

    @Example
    void aUnitOfAnotherQuantityDoesNotConvert() {
        assertThat(Units.toCanonical(SignalType.VIBRATION_VELOCITY, "degC")).isEmpty();
        assertThat(Units.toCanonical(SignalType.RUNNING, "A")).isEmpty();
        assertThat(Units.allowed(SignalType.MOTOR_CURRENT)).containsExactly("A", "mA", "kA");
    }

    @Example
    void aDegenerateScalingIsRefused() {
        assertThatThrownBy(() -> new Conversion(0, 1)).hasMessageContaining("not zero");
        assertThatThrownBy(() -> Conversion.range(4, 20, 5, 5)).hasMessage("the scaled range [5.0, 5.0] is empty");
        assertThatThrownBy(() -> new Conversion(1, Double.NaN)).hasMessageContaining("finite");
    }

    @Provide
    Arbitrary<Conversion> conversions() {
        Arbitrary<Double> factors = Arbitraries.doubles().between(0.001, 1000).ofScale(4)
                .flatMap(magnitude -> Arbitraries.of(magnitude, -magnitude));
        Arbitrary<Double> offsets = Arbitraries.doubles().between(-1000, 1000).ofScale(4);
        return Combinators.combine(factors, offsets).as(Conversion::new);
    }
}
