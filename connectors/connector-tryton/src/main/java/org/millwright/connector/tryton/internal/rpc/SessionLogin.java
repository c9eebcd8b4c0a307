package org.millwright.connector.tryton.internal.rpc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.millwright.connector.ConnectorException;
import org.millwright.connector.tryton.TrytonConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configured user's Tryton session: logs in with {@code common.db.login} when there is no session, caches
 * {@code [user id, key]} and builds {@code Authorization: Session base64(login:uid:key)} from it.
 *
 * <p>A login Tryton refuses (HTTP 401: wrong login or password; or a {@code LoginException}) is remembered: every
 * later call fails at once with the same permanent error, and this object never logs in again. A new configuration
 * means a new object. That is what keeps the hub out of Tryton's lockout, which delays each further failed login
 * of the user by up to 2^n-1 s and answers 429 after 5 failures in 5 minutes. Thread-safe: one login at a time.
 */
final class SessionLogin {
    private static final Logger LOG = LoggerFactory.getLogger(SessionLogin.class);

    /** A logged-in session. */
    record Session(long userId, String authorization) {
        /** Never shows the session key. */
        @Override
        public String toString() {
            return "Session[userId=" + userId + "]";
        }
    }

    private final TrytonConfig.Connection connection;
    private final String language;
    private final HttpTransport transport;
    private final JsonMapper mapper;
    private final LongSupplier ids;
    /** Guarded by this. */
    private Session current;
    /** Why Tryton refused the login; guarded by this. Once set, never cleared. */
    private String refusal;

    SessionLogin(TrytonConfig.Connection connection, String language, HttpTransport transport, JsonMapper mapper,
                 LongSupplier ids) {
        this.connection = connection;
        this.language = language;
        this.transport = transport;
        this.mapper = mapper;
        this.ids = ids;
    }

    /** The cached session, logging in first when there is none. */
    synchronized Session current(String operation) {
        requireNotRefused(operation);
        if (current == null) {
            current = login(operation);
        }
        return current;
    }

    /** Tryton rejected {@code rejected} (HTTP 401): logs in again, unless another caller already did. */
    synchronized Session renew(String operation, Session rejected) {
        requireNotRefused(operation);
        if (current != null && !current.equals(rejected)) {
            return current;
        }
        LOG.info("Tryton rejected the session of '{}' on {}; logging in again once", connection.login(),
                connection.endpoint());
        current = null;
        current = login(operation);
        return current;
    }

    private void requireNotRefused(String operation) {
        if (refusal != null) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, refusal + "; not logging in again until "
                    + "the configuration changes (Tryton locks a user out after repeated failed logins)");
        }
    }

    private Session login(String operation) {
        byte[] body = mapper.writeValueAsBytes(RpcValues.envelope(ids.getAsLong(), "common.db.login",
                List.of(connection.login(), Map.of("password", connection.password()), language)));
        HttpTransport.Answer answer = transport.post(operation, connection.endpoint(), Optional.empty(), body,
                connection.loginTimeout());
        String who = "the login of '" + connection.login() + "' on database '" + connection.database() + "'";
        if (answer.status() == 401) {
            throw refuse(operation, "Tryton refused " + who + " (HTTP 401: wrong login or password)");
        }
        if (answer.status() == 429) {
            throw ConnectorException.retriable(TrytonRpc.SYSTEM, operation, "Tryton rate-limits " + who
                    + " after too many failed logins (" + TrytonError.httpText(429, answer.body()) + ")", null);
        }
        if (answer.status() != 200) {
            String text = "Tryton answered " + who + " with " + TrytonError.httpText(answer.status(), answer.body());
            throw TrytonError.retriableStatus(answer.status())
                    ? ConnectorException.retriable(TrytonRpc.SYSTEM, operation, text, null)
                    : ConnectorException.permanent(TrytonRpc.SYSTEM, operation, text);
        }
        JsonNode reply = parse(operation, answer.body());
        JsonNode error = reply.get("error");
        if (error != null && !error.isNull()) {
            TrytonError decoded = TrytonError.decode(error);
            if (decoded.type() == TrytonError.Type.LOGIN) {
                throw refuse(operation, "Tryton refused " + who + " (" + decoded.text() + ")");
            }
            String text = "Tryton answered " + who + " with " + decoded.text();
            throw decoded.retriable() ? ConnectorException.retriable(TrytonRpc.SYSTEM, operation, text, null)
                    : ConnectorException.permanent(TrytonRpc.SYSTEM, operation, text);
        }
        JsonNode result = reply.path("result");
        if (!result.isArray() || result.size() != 2 || !result.get(0).isIntegralNumber()
                || !result.get(1).isString()) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation, "Tryton answered " + who
                    + " with no [user id, session key]: " + answer.body());
        }
        long userId = result.get(0).longValue();
        String token = connection.login() + ":" + userId + ":" + result.get(1).stringValue();
        LOG.info("Logged in to Tryton {} as '{}' (user {})", connection.endpoint(), connection.login(), userId);
        return new Session(userId, "Session " + Base64.getEncoder().encodeToString(
                token.getBytes(StandardCharsets.UTF_8)));
    }

    private ConnectorException refuse(String operation, String text) {
        refusal = text;
        LOG.error("{}; the adapter will not log in again until its configuration changes", text);
        return ConnectorException.permanent(TrytonRpc.SYSTEM, operation, text);
    }

    private JsonNode parse(String operation, String body) {
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            throw ConnectorException.permanent(TrytonRpc.SYSTEM, operation,
                    "unreadable answer to the login: " + TrytonError.httpText(200, body));
        }
    }
}
