package org.millwright.protocol.opcua.internal.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned;
import org.junit.jupiter.api.Test;
import org.millwright.model.AssetId;
import org.millwright.model.Quality;
import org.millwright.model.Signal;
import org.millwright.model.SignalType;

class SignalConverterTest {
    private static final AssetId MOTOR = AssetId.of("north-l1-motor-01");
    private static final Instant SOURCE = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant SERVER = Instant.parse("2026-11-25T10:00:01Z");
    private static final Instant RECEIVED = Instant.parse("2026-11-25T10:00:02Z");

    @Test
    void usesTheSourceTimestampFirst() {
        Signal signal = convert(new DataValue(new Variant(4.2), StatusCode.GOOD, new DateTime(SOURCE),
                new DateTime(SERVER)));

        assertThat(signal).isEqualTo(new Signal(MOTOR, SignalType.VIBRATION_VELOCITY, 4.2, SOURCE, Quality.GOOD));
    }

    @Test
    void fallsBackToTheServerTimestampThenTheArrivalTime() {
        assertThat(convert(new DataValue(new Variant(4.2), StatusCode.GOOD, null, new DateTime(SERVER)))
                .observedAt()).isEqualTo(SERVER);
        assertThat(convert(new DataValue(new Variant(4.2), StatusCode.GOOD, null, null)).observedAt())
                .isEqualTo(RECEIVED);
    }

    @Test
    void mapsStatusSeverityToQuality() {
        assertThat(QualityMapping.of(StatusCode.GOOD)).isEqualTo(Quality.GOOD);
        assertThat(QualityMapping.of(new StatusCode(StatusCodes.Uncertain_SensorNotAccurate)))
                .isEqualTo(Quality.UNCERTAIN);
        assertThat(QualityMapping.of(new StatusCode(StatusCodes.Bad_SensorFailure))).isEqualTo(Quality.BAD);
        assertThat(convert(new DataValue(new Variant(9.0), new StatusCode(StatusCodes.Bad_SensorFailure),
                new DateTime(SOURCE))).quality()).isEqualTo(Quality.BAD);
    }

    @Test
    void convertsBooleansAndUnsignedIntegers() {
        assertThat(convert(new DataValue(new Variant(true), StatusCode.GOOD, new DateTime(SOURCE))).value())
                .isEqualTo(1.0);
        assertThat(convert(new DataValue(new Variant(Unsigned.uint(17)), StatusCode.GOOD, new DateTime(SOURCE)))
                .value()).isEqualTo(17.0);
    }

    @Test
    void dropsValuesThatCannotBeASignalWithAReason() {
        var noValue = SignalConverter.convert(MOTOR, SignalType.VIBRATION_VELOCITY,
                new DataValue(new StatusCode(StatusCodes.Bad_NoCommunication)), RECEIVED);
        var text = SignalConverter.convert(MOTOR, SignalType.VIBRATION_VELOCITY,
                new DataValue(new Variant("high"), StatusCode.GOOD, new DateTime(SOURCE)), RECEIVED);
        var notFinite = SignalConverter.convert(MOTOR, SignalType.VIBRATION_VELOCITY,
                new DataValue(new Variant(Double.NaN), StatusCode.GOOD, new DateTime(SOURCE)), RECEIVED);

        assertThat(noValue.signal()).isEmpty();
        assertThat(noValue.dropReason()).contains("no value");
        assertThat(text.signal()).isEmpty();
        assertThat(text.dropReason()).contains("not numeric");
        assertThat(notFinite.signal()).isEmpty();
        assertThat(notFinite.dropReason()).contains("not finite");
    }

    private static Signal convert(DataValue value) {
        return SignalConverter.convert(MOTOR, SignalType.VIBRATION_VELOCITY, value, RECEIVED).signal().orElseThrow();
    }
}
