package org.millwright.connector.maximo.internal.rest;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maximo's error body, {@code {"Error":{"reasonCode","message","statusCode",...}}}, turned into one line that
 * keeps Maximo's own words ({@code BMXAA4153E - ... is not a valid site}). Any other body (a proxy's or login
 * page, say) is kept verbatim.
 */
public final class MaximoError {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private MaximoError() {
    }

    public static String text(int status, String body) {
        if (body == null || body.isBlank()) {
            return "HTTP " + status;
        }
        JsonNode error;
        try {
            error = MAPPER.readTree(body).path("Error");
        } catch (JacksonException e) {
            return body.strip();
        }
        String message = error.path("message").asString("");
        if (message.isBlank()) {
            return body.strip();
        }
        String reasonCode = error.path("reasonCode").asString("");
        StringBuilder text = new StringBuilder();
        if (!reasonCode.isBlank() && !message.startsWith(reasonCode)) {
            text.append(reasonCode).append(" - ");
        }
        text.append(message);
        String attribute = error.path("errorattrname").asString("");
        if (!attribute.isBlank()) {
            text.append(" [attribute ").append(attribute).append(']');
        }
        return text.toString();
    }

    /** Whether an answer with this status may succeed when sent again: timeouts, 429 and 5xx. */
    public static boolean isRetriable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
