package org.millwright.connector.tryton.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.time.api.constraints.DateRange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RpcValuesPropertiesTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Property
    void decimalsSurviveTheWireWithTheirScale(@ForAll @Scale(6) @BigRange(min = "-1e12", max = "1e12")
                                              BigDecimal value) {
        JsonNode sent = MAPPER.readTree(MAPPER.writeValueAsString(RpcValues.encode(value)));

        assertThat(RpcValues.decimal(sent)).isEqualTo(value);
    }

    @Property
    void datesSurviveTheWire(@ForAll @DateRange(min = "1900-01-01", max = "2999-12-31") LocalDate date) {
        JsonNode sent = MAPPER.readTree(MAPPER.writeValueAsString(RpcValues.encode(date)));

        assertThat(RpcValues.date(sent)).isEqualTo(date);
    }

    @Property
    void dateTimesSurviveTheWireToTheMicrosecond(@ForAll @DateRange(min = "1900-01-01", max = "2999-12-31")
                                                 LocalDate date, @ForAll("microseconds") long micros) {
        LocalDateTime dateTime = date.atStartOfDay().plusNanos(micros * 1000);
        JsonNode sent = MAPPER.readTree(MAPPER.writeValueAsString(RpcValues.encode(dateTime)));

        assertThat(RpcValues.dateTime(sent)).isEqualTo(dateTime);
    }

    @Provide
    Arbitrary<Long> microseconds() {
        return Arbitraries.longs().between(0, 86_400_000_000L - 1);
    }
}
