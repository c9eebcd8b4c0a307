package org.millwright.connector.sap.internal.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ODataTest {
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void unwrapsCollectionsFromDResults() {
        JsonNode answer = mapper.readTree("{\"d\":{\"results\":[{\"A\":\"1\"},{\"A\":\"2\"}],\"__count\":\"2\"}}");

        assertThat(OData.results(answer)).extracting(row -> row.path("A").asString()).containsExactly("1", "2");
    }

    @Test
    void unwrapsSingleEntityFromD() {
        JsonNode answer = mapper.readTree("{\"d\":{\"__metadata\":{\"uri\":\"x\"},\"Reservation\":\"0000012345\"}}");

        assertThat(OData.text(OData.entity(answer), "Reservation")).isEqualTo("0000012345");
    }

    @Test
    void rejectsAnEntityWhereACollectionIsExpected() {
        JsonNode answer = mapper.readTree("{\"d\":{\"Reservation\":\"1\"}}");

        assertThatThrownBy(() -> OData.results(answer)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a collection");
    }

    @Test
    void parsesDateTimeAndDateTimeOffsetAsEpochMilliseconds() {
        JsonNode row = mapper.readTree("{\"D\":\"/Date(1715644800000)/\",\"O\":\"/Date(1542801052000+0000)/\","
                + "\"Bad\":\"2024-05-14\"}");

        assertThat(OData.date(row, "D")).isEqualTo(Instant.parse("2024-05-14T00:00:00Z"));
        assertThat(OData.date(row, "O")).isEqualTo(Instant.ofEpochMilli(1542801052000L));
        assertThatThrownBy(() -> OData.date(row, "Bad")).hasMessageContaining("'Bad' is not /Date(ms)/");
    }

    @Test
    void writesDatesInWireForm() {
        assertThat(OData.date(Instant.parse("2024-05-14T00:00:00Z"))).isEqualTo("/Date(1715644800000)/");
        assertThat(OData.dateTimeOffsetLiteral(Instant.parse("2024-05-14T08:00:00Z")))
                .isEqualTo("datetimeoffset'2024-05-14T08:00:00Z'");
    }

    @Test
    void parsesDecimalStringsExactly() {
        JsonNode row = mapper.readTree("{\"Q\":\"12.00000000000000\",\"N\":3.5,\"X\":\"twelve\"}");

        assertThat(OData.decimal(row, "Q")).isEqualByComparingTo(new BigDecimal("12"));
        assertThat(OData.decimal(row, "N")).isEqualByComparingTo(new BigDecimal("3.5"));
        assertThatThrownBy(() -> OData.decimal(row, "X")).hasMessageContaining("'X' is not a decimal");
    }

    @Test
    void quotesLiteralsAndEncodesSpacesAsPercent20() {
        assertThat(OData.literal("O'Brien")).isEqualTo("'O''Brien'");
        assertThat(OData.encode("A eq 'b'")).isEqualTo("A%20eq%20%27b%27");
    }

    @Test
    void stripsLeadingZerosFromNumericKeysOnly() {
        assertThat(OData.externalForm("000000000210100094")).isEqualTo("210100094");
        assertThat(OData.externalForm("EQ-0001")).isEqualTo("EQ-0001");
    }
}
