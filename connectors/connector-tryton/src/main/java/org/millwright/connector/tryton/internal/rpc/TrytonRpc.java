package org.millwright.connector.tryton.internal.rpc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.tryton.TrytonConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls Tryton model methods over JSON-RPC as the configured user, in the configured company: {@code POST
 * <url><database>/} with {@code {"id","method","params"}}, the context ({@code company}, {@code language} and what
 * the caller adds) always the last parameter, and the session header.
 *
 * <p>On HTTP 401 (the session expired or was logged out) it logs in again once and repeats the call; Tryton checks
 * the session before running anything, so the repeat cannot run the method twice. It never retries otherwise:
 * retries belong to the connector framework. Failures are {@link ConnectorException}s of system {@code tryton}:
 * timeouts, refused connections, 408, 423, 429, 5xx and a {@code ConcurrencyException} are retriable; HTTP 403 (a
 * method not exposed), other 4xx, {@code UserError}, {@code LoginException} and server exceptions are permanent; a
 * {@code UserWarning} is a {@link TrytonWarning}. Thread-safe.
 */
public final class TrytonRpc {
    public static final String SYSTEM = "tryton";
    private static final Logger LOG = LoggerFactory.getLogger(TrytonRpc.class);

    private final TrytonConfig.Connection connection;
    private final TrytonConfig.Company company;
    private final String language;
    private final HttpTransport transport;
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final AtomicLong ids = new AtomicLong();
    private final SessionLogin sessions;
    private volatile Long companyId;

    public TrytonRpc(TrytonConfig.Connection connection, TrytonConfig.Company company, String language) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.company = Objects.requireNonNull(company, "company");
        this.language = Objects.requireNonNull(language, "language");
        this.transport = new HttpTransport(connection.requestTimeout());
        this.sessions = new SessionLogin(connection, language, transport, mapper, ids::incrementAndGet);
        company.id().ifPresent(id -> this.companyId = id);
    }

    /** {@code method(args..., context)} with the company and language context. */
    public JsonNode call(String operation, String method, List<?> args) {
        return call(operation, method, args, Map.of());
    }

    /** {@code method(args..., context)} with the company and language context plus {@code extraContext}. */
    public JsonNode call(String operation, String method, List<?> args, Map<String, ?> extraContext) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("company", companyId(operation));
        context.put("language", language);
        context.putAll(extraContext);
        return invoke(operation, method, withContext(args, context));
    }

    /**
     * {@code model.<model>.search_read(domain, 0, null, [["id","ASC"]], fields, context)}: the matching rows, oldest
     * first, each with its {@code id}.
     */
    public List<JsonNode> searchRead(String operation, String model, List<?> domain, List<String> fields,
                                     Map<String, ?> extraContext) {
        JsonNode rows = call(operation, "model." + model + ".search_read", Arrays.asList(domain, 0, null,
                List.of(List.of("id", "ASC")), fields), extraContext);
        if (!rows.isArray()) {
            throw ConnectorException.permanent(SYSTEM, operation, "model." + model
                    + ".search_read answered no list: " + rows);
        }
        List<JsonNode> list = new ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    /** As {@link #searchRead(String, String, List, List, Map)} with the plain context. */
    public List<JsonNode> searchRead(String operation, String model, List<?> domain, List<String> fields) {
        return searchRead(operation, model, domain, fields, Map.of());
    }

    /** A workflow button or other method on records: {@code model.<model>.<button>([ids], context)}. */
    public JsonNode button(String operation, String model, String button, List<Long> ids) {
        return call(operation, "model." + model + "." + button, List.of(ids));
    }

    /** The logged-in user's id (Tryton's {@code res.user} id), logging in when needed. */
    public long userId(String operation) {
        return sessions.current(operation).userId();
    }

    /** The configured company's id, looked up once. */
    public long companyId(String operation) {
        Long known = companyId;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (companyId == null) {
                companyId = lookUpCompany(operation);
            }
            return companyId;
        }
    }

    private long lookUpCompany(String operation) {
        Map<String, Object> context = Map.of("language", language);
        if (company.partyCode().isPresent()) {
            String code = company.partyCode().get();
            JsonNode rows = invoke(operation, "model.company.company.search_read", withContext(Arrays.asList(
                    List.of(List.of("party.code", "=", code)), 0, 2, null, List.of("id", "rec_name")), context));
            if (!rows.isArray() || rows.size() != 1) {
                throw ConnectorException.permanent(SYSTEM, operation, "configured company: " + (rows.isEmpty()
                        ? "no company whose party has code '" + code + "'"
                        : "more than one company whose party has code '" + code + "'"));
            }
            LOG.info("Tryton company '{}' is {} (id {})", code, rows.get(0).path("rec_name").asString(""),
                    rows.get(0).path("id").asLong());
            return RpcValues.id(rows.get(0), "id");
        }
        JsonNode preferences = invoke(operation, "model.res.user.get_preferences", withContext(List.of(true),
                context));
        JsonNode id = preferences.path("company");
        if (!id.isIntegralNumber()) {
            throw ConnectorException.permanent(SYSTEM, operation, "Tryton user '" + connection.login()
                    + "' has no current company; configure the company by id or party code");
        }
        return id.longValue();
    }

    private JsonNode invoke(String operation, String method, List<Object> params) {
        byte[] body = mapper.writeValueAsBytes(RpcValues.envelope(ids.incrementAndGet(), method, params));
        SessionLogin.Session session = sessions.current(operation);
        HttpTransport.Answer answer = post(operation, session, body);
        if (answer.status() == 401) {
            answer = post(operation, sessions.renew(operation, session), body);
            if (answer.status() == 401) {
                throw ConnectorException.retriable(SYSTEM, operation, method
                        + ": Tryton rejected the session right after a fresh login (HTTP 401)", null);
            }
        }
        return result(operation, method, answer);
    }

    private HttpTransport.Answer post(String operation, SessionLogin.Session session, byte[] body) {
        return transport.post(operation, connection.endpoint(), Optional.of(session.authorization()), body,
                connection.requestTimeout());
    }

    private JsonNode result(String operation, String method, HttpTransport.Answer answer) {
        if (answer.status() != 200) {
            String text = method + ": " + TrytonError.httpText(answer.status(), answer.body())
                    + (answer.status() == 403 ? " (method not exposed over RPC or not allowed)" : "");
            throw TrytonError.retriableStatus(answer.status())
                    ? ConnectorException.retriable(SYSTEM, operation, text, null)
                    : ConnectorException.permanent(SYSTEM, operation, text);
        }
        JsonNode reply;
        try {
            reply = mapper.readTree(answer.body());
        } catch (JacksonException e) {
            throw ConnectorException.permanent(SYSTEM, operation, method + ": unreadable answer: "
                    + TrytonError.httpText(200, answer.body()));
        }
        JsonNode error = reply.get("error");
        if (error != null && !error.isNull()) {
            TrytonError decoded = TrytonError.decode(error);
            String text = method + ": " + decoded.text();
            if (decoded.type() == TrytonError.Type.USER_WARNING && decoded.warningName().isPresent()) {
                throw new TrytonWarning(operation, decoded.warningName().get(), text);
            }
            throw decoded.retriable() ? ConnectorException.retriable(SYSTEM, operation, text, null)
                    : ConnectorException.permanent(SYSTEM, operation, text);
        }
        if (!reply.has("result")) {
            throw ConnectorException.permanent(SYSTEM, operation, method + ": answer has neither result nor error: "
                    + TrytonError.httpText(200, answer.body()));
        }
        return reply.get("result");
    }

    private static List<Object> withContext(List<?> args, Map<String, ?> context) {
        List<Object> params = new ArrayList<>(args);
        params.add(context);
        return params;
    }
}
