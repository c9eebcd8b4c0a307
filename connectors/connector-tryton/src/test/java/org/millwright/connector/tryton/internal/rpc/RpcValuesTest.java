package org.millwright.connector.tryton.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RpcValuesTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void envelopeHasExactlyIdMethodAndParamsAndNoJsonrpcKey() {
        JsonNode envelope = RpcValues.envelope(7, "model.product.product.search_read",
                Arrays.asList(List.of(), 0, null, Map.of("company", 1)));

        assertThat(envelope.propertyNames()).containsExactly("id", "method", "params");
        assertThat(envelope.toString()).isEqualTo(
                "{\"id\":7,\"method\":\"model.product.product.search_read\",\"params\":[[],0,null,{\"company\":1}]}");
    }

    @Test
    void encodesDecimalsAsTrytonDecimalObjectsKeepingTheirScale() {
        assertThat(RpcValues.encode(new BigDecimal("7.20")).toString())
                .isEqualTo("{\"__class__\":\"Decimal\",\"decimal\":\"7.20\"}");
        assertThat(RpcValues.encode(new BigDecimal("1E+3")).toString())
                .isEqualTo("{\"__class__\":\"Decimal\",\"decimal\":\"1000\"}");
    }

    @Test
    void encodesDatesAndDateTimesAsTrytonObjects() {
        assertThat(RpcValues.encode(LocalDate.of(2026, 12, 2)).toString())
                .isEqualTo("{\"__class__\":\"date\",\"year\":2026,\"month\":12,\"day\":2}");
        assertThat(RpcValues.encode(LocalDateTime.of(2026, 12, 2, 8, 5, 9, 123_456_000)).toString())
                .isEqualTo("{\"__class__\":\"datetime\",\"year\":2026,\"month\":12,\"day\":2,\"hour\":8,"
                        + "\"minute\":5,\"second\":9,\"microsecond\":123456}");
    }

    @Test
    void encodesQuantitiesAsJsonNumbersAndNestedValuesInOrder() {
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("product", 1L);
        move.put("quantity", 4.0);
        move.put("origin", null);
        move.put("done", false);

        assertThat(RpcValues.encode(List.of(List.of("create", List.of(move)))).toString())
                .isEqualTo("[[\"create\",[{\"product\":1,\"quantity\":4.0,\"origin\":null,\"done\":false}]]]");
    }

    @Test
    void encodesDurationsAndBytes() {
        assertThat(RpcValues.encode(Duration.ofDays(5)).toString())
                .isEqualTo("{\"__class__\":\"timedelta\",\"seconds\":432000.0}");
        assertThat(RpcValues.encode(new byte[] {1, 2, 3}).toString())
                .isEqualTo("{\"__class__\":\"bytes\",\"base64\":\"AQID\"}");
    }

    @Test
    void refusesValuesTrytonHasNoEncodingFor() {
        assertThatThrownBy(() -> RpcValues.encode(new Object()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no Tryton encoding");
        assertThatThrownBy(() -> RpcValues.encode(Map.of(1, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("string keys");
    }

    @Test
    void decodesTheShapesTrytonAnswersWith() {
        assertThat(RpcValues.date(json("{\"__class__\":\"date\",\"year\":2026,\"month\":12,\"day\":2}")))
                .isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(RpcValues.decimal(json("{\"__class__\":\"Decimal\",\"decimal\":\"7.20\"}")))
                .isEqualTo(new BigDecimal("7.20"));
        assertThat(RpcValues.dateTime(json("{\"__class__\":\"datetime\",\"year\":2026,\"month\":12,\"day\":6,"
                + "\"hour\":17,\"minute\":46,\"second\":7,\"microsecond\":940123}")))
                .isEqualTo(LocalDateTime.of(2026, 12, 6, 17, 46, 7, 940_123_000));
        assertThat(RpcValues.duration(json("{\"__class__\":\"timedelta\",\"seconds\":432000.5}")))
                .isEqualTo(Duration.ofDays(5).plusMillis(500));
        assertThat(RpcValues.bytes(json("{\"__class__\":\"bytes\",\"base64\":\"AQID\"}"))).containsExactly(1, 2, 3);
    }

    @Test
    void readsRowFieldsAsTrytonSendsThem() {
        JsonNode row = json("{\"uom\":1,\"product\":2,\"id\":6,\"quantity\":12.0,\"state\":\"assigned\","
                + "\"product.\":{\"code\":\"VB-SPA-1250\",\"id\":2}}");

        assertThat(RpcValues.id(row, "product")).isEqualTo(2);
        assertThat(RpcValues.number(row, "quantity")).isEqualTo(12.0);
        assertThat(RpcValues.text(row, "state")).isEqualTo("assigned");
        assertThat(RpcValues.text(row.path("product."), "code")).isEqualTo("VB-SPA-1250");
    }

    @Test
    void badWireDataFailsNamingWhatWasExpected() {
        assertThatThrownBy(() -> RpcValues.date(json("\"2026-12-02\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a Tryton date");
        assertThatThrownBy(() -> RpcValues.date(json("{\"__class__\":\"date\",\"year\":2026,\"month\":\"12\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'month'");
        assertThatThrownBy(() -> RpcValues.decimal(json("{\"__class__\":\"Decimal\",\"decimal\":\"seven\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"seven\" is not a number");
        assertThatThrownBy(() -> RpcValues.number(json("{\"quantity\":null}"), "quantity"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'quantity' is not a number");
        assertThatThrownBy(() -> RpcValues.id(json("{\"product\":false}"), "product"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'product' is not an id");
    }

    static JsonNode json(String text) {
        return MAPPER.readTree(text);
    }
}
