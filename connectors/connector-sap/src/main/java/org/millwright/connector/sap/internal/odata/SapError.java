package org.millwright.connector.sap.internal.odata;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SAP Gateway error body, {@code {"error":{"code","message":{"value"},"innererror":{"errordetails":[...]}}}},
 * turned into one line of text that keeps SAP's own words: {@code code: message (detail; detail)}. A body
 * that is not this envelope (a proxy's page, say) is kept verbatim.
 */
public final class SapError {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SapError() {
    }

    /** The upstream text for an error answer with {@code status} and {@code body}. */
    public static String text(int status, String body) {
        if (body == null || body.isBlank()) {
            return "HTTP " + status;
        }
        JsonNode error;
        try {
            error = MAPPER.readTree(body).path("error");
        } catch (JacksonException e) {
            return body.strip();
        }
        JsonNode message = error.path("message");
        String value = message.isString() ? message.stringValue() : message.path("value").asString("");
        if (value.isBlank()) {
            return body.strip();
        }
        StringBuilder text = new StringBuilder();
        String code = error.path("code").asString("");
        if (!code.isBlank()) {
            text.append(code).append(": ");
        }
        text.append(value);
        Set<String> details = new LinkedHashSet<>();
        for (JsonNode detail : property(error, "innererror").path("errordetails")) {
            String detailMessage = detail.path("message").asString("");
            if (!detailMessage.isBlank() && !detailMessage.equals(value)) {
                String detailCode = detail.path("code").asString("");
                details.add(detailCode.isBlank() ? detailMessage : detailCode + " " + detailMessage);
            }
        }
        if (!details.isEmpty()) {
            text.append(" (").append(String.join("; ", details)).append(')');
        }
        return text.toString();
    }

    /** Whether an answer with this status may succeed when sent again: timeouts, 429 and 5xx. */
    public static boolean isRetriable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    // SAP spells some inner keys differently between releases (transactionid / transactionId): match ignoring case
    private static JsonNode property(JsonNode node, String name) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue();
            }
        }
        return node.path(name);
    }
}
