package org.millwright.sandbox.internal.http;

import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One routed request: path parameters, query parameters and the JSON body. */
public final class Request {
    private final Map<String, String> pathParams;
    private final Map<String, String> query;
    private final byte[] body;
    private final JsonMapper mapper;

    Request(Map<String, String> pathParams, Map<String, String> query, byte[] body, JsonMapper mapper) {
        this.pathParams = Map.copyOf(pathParams);
        this.query = Map.copyOf(query);
        this.body = body.clone();
        this.mapper = mapper;
    }

    /** The value of a {@code {name}} segment of the route pattern. */
    public String path(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter " + name);
        }
        return value;
    }

    /** A query parameter; empty when absent or blank. */
    public Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isBlank());
    }

    /** The body as a JSON object; 400 when it is missing, malformed or not an object. */
    public JsonFields body() {
        if (body.length == 0) {
            throw ApiException.badRequest("request body is required (a JSON object)");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JacksonException e) {
            throw new ApiException(400, "malformed_json", "malformed JSON body: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("request body must be a JSON object");
        }
        return new JsonFields(node, "");
    }
}
