package org.millwright.connector.rest.internal.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.rest.internal.mapping.Mapping;
import org.millwright.connector.rest.internal.mapping.Operation;
import org.millwright.connector.rest.internal.mapping.OperationSpec;
import org.millwright.connector.rest.internal.template.Encoding;
import org.millwright.connector.rest.internal.template.RenderException;
import org.millwright.connector.rest.internal.template.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Runs one mapped operation: renders the request from the call's values, sends it once, and reads the records
 * from the answer. Every failure is a classified {@link ConnectorException} of the mapping's system: a template that
 * cannot be filled and an answer that does not fit the mapping are permanent. Thread-safe.
 */
public final class RestCalls {
    private static final Logger LOG = LoggerFactory.getLogger(RestCalls.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Mapping mapping;
    private final String baseUrl;
    private final Clock clock;
    private final RestHttp http;
    private final AnswerReader reader;

    public RestCalls(Mapping mapping, URI baseUrl, Duration timeout, Clock clock) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        if (!baseUrl.isAbsolute() || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new IllegalArgumentException("base URL must be an absolute http(s) URL: " + baseUrl);
        }
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.http = new RestHttp(mapping.system(), timeout);
        this.reader = new AnswerReader(mapping.tables());
    }

    /** An operation answering maybe a record: empty on a not-found status, an empty body, or no record at its path. */
    public Optional<RecordValues> find(Operation operation, Map<String, JsonNode> values) {
        Exchange exchange = exchange(operation, values);
        if (exchange.notFound() || exchange.answer().body().isBlank()) {
            return Optional.empty();
        }
        JsonNode records = exchange.records();
        if (records.isArray()) {
            if (records.size() > 1) {
                LOG.warn("{} {}: {} records match, the first is used", mapping.system(), operation.key(),
                        records.size());
            }
            records = records.path(0);
        }
        if (records.isMissingNode() || records.isNull() || records.isEmpty() && records.isObject()) {
            return Optional.empty();
        }
        return Optional.of(exchange.read(records));
    }

    /** An operation answering one record; none is a permanent failure. */
    public RecordValues one(Operation operation, Map<String, JsonNode> values) {
        Exchange exchange = exchange(operation, values);
        JsonNode records = exchange.records();
        JsonNode record = records.isArray() ? records.path(0) : records;
        if (record.isMissingNode() || record.isNull()) {
            throw ConnectorException.permanent(mapping.system(), operation.key(), "the answer (HTTP "
                    + exchange.answer().status() + ") holds no record at '" + exchange.spec().records() + "'");
        }
        return exchange.read(record);
    }

    /** An operation answering a list of records; a missing list is an empty one. */
    public List<RecordValues> list(Operation operation, Map<String, JsonNode> values) {
        Exchange exchange = exchange(operation, values);
        JsonNode records = exchange.records();
        if (records.isMissingNode() || records.isNull()) {
            return List.of();
        }
        if (!records.isArray()) {
            throw ConnectorException.permanent(mapping.system(), operation.key(), "expected an array at '"
                    + exchange.spec().records() + "' of the answer");
        }
        List<RecordValues> list = new ArrayList<>();
        for (JsonNode record : records) {
            list.add(exchange.read(record));
        }
        return list;
    }

    /** An operation answering nothing: any success, or an 'alreadyDone' status. */
    public void run(Operation operation, Map<String, JsonNode> values) {
        exchange(operation, values);
    }

    private Exchange exchange(Operation operation, Map<String, JsonNode> values) {
        OperationSpec spec = mapping.operation(operation).orElseThrow(() -> ConnectorException.permanent(
                mapping.system(), operation.key(), "operation " + operation.key() + " is not mapped in "
                        + mapping.source()));
        Map<String, JsonNode> all = new HashMap<>(values);
        all.put(Operation.NOW, JsonNodeFactory.instance.stringNode(clock.instant().toString()));
        Scope scope = new Scope(all, mapping.tables());
        RestHttp.Request request;
        try {
            request = request(spec, scope);
        } catch (RenderException e) {
            throw ConnectorException.permanent(mapping.system(), operation.key(), "cannot build the request: "
                    + e.getMessage());
        }
        RestHttp.Answer answer = http.send(operation.key(), request);
        boolean notFound = spec.notFound().contains(answer.status());
        if (!answer.isSuccess() && !notFound && !spec.alreadyDone().contains(answer.status())) {
            throw http.failure(operation.key(), request, answer, spec.errors());
        }
        return new Exchange(spec, scope, answer, notFound);
    }

    private RestHttp.Request request(OperationSpec spec, Scope scope) {
        URI uri = URI.create(baseUrl + spec.url().render(scope, Encoding::urlComponent));
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Accept", "application/json");
        byte[] body = new byte[0];
        if (spec.body().isPresent()) {
            headers.put("Content-Type", "application/json");
            body = JSON.writeValueAsBytes(spec.body().get().render(scope));
        }
        spec.headers().forEach((name, value) -> headers.put(name, Encoding.headerValue(name, value.render(scope))));
        return new RestHttp.Request(spec.method(), uri, new LinkedHashMap<>(headers), body);
    }

    /** One request and its answer, with what is needed to read records from it. */
    private final class Exchange {
        private final OperationSpec spec;
        private final Scope scope;
        private final RestHttp.Answer answer;
        private final boolean notFound;

        Exchange(OperationSpec spec, Scope scope, RestHttp.Answer answer, boolean notFound) {
            this.spec = spec;
            this.scope = scope;
            this.answer = answer;
            this.notFound = notFound;
        }

        OperationSpec spec() {
            return spec;
        }

        RestHttp.Answer answer() {
            return answer;
        }

        boolean notFound() {
            return notFound;
        }

        /** The node at the operation's record path. */
        JsonNode records() {
            if (answer.body().isBlank()) {
                throw failure("the answer (HTTP " + answer.status() + ") has an empty body");
            }
            try {
                return JSON.readTree(answer.body()).at(spec.records());
            } catch (JacksonException e) {
                throw failure("the answer (HTTP " + answer.status() + ") is not JSON: " + e.getOriginalMessage());
            }
        }

        RecordValues read(JsonNode record) {
            try {
                return reader.read(spec.operation(), spec.fields(), record, scope);
            } catch (AnswerReader.AnswerException | IllegalArgumentException e) {
                throw failure("the answer does not fit the mapping: " + e.getMessage());
            }
        }

        private ConnectorException failure(String problem) {
            return ConnectorException.permanent(mapping.system(), spec.operation().key(), problem);
        }
    }
}
