package org.millwright.connector.maximo.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OslcTest {
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void writesWhereClausesWithDoubleQuotedValues() {
        assertThat(Oslc.eq("siteid", "BEDFORD")).isEqualTo("siteid=\"BEDFORD\"");
        assertThat(Oslc.in("status", Set.of("WAPPR", "APPR"))).isEqualTo("status in [\"APPR\",\"WAPPR\"]");
        assertThatThrownBy(() -> Oslc.eq("description", "say \"hi\"")).hasMessageContaining("double quote");
    }

    @Test
    void readsNumbersSentAsNumbersOrStrings() {
        JsonNode row = mapper.readTree("{\"a\":12.0,\"b\":\"3.5\",\"c\":\"x\"}");

        assertThat(Oslc.number(row, "a")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("12"));
        assertThat(Oslc.number(row, "b")).hasValue(new BigDecimal("3.5"));
        assertThat(Oslc.number(row, "missing")).isEmpty();
        assertThatThrownBy(() -> Oslc.number(row, "c")).hasMessageContaining("'c' is not a number");
    }

    @Test
    void treatsAnEmptyMemberListAsNoMatchAndAnythingElseAsUnexpected() {
        assertThat(Oslc.members(mapper.readTree("{\"member\":[],\"responseInfo\":{\"pagenum\":1}}"))).isEmpty();
        assertThatThrownBy(() -> Oslc.members(mapper.readTree("{\"wonum\":\"1\"}")))
                .hasMessageContaining("expected a collection");
    }
}
