package org.millwright.app.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.millwright.app.json.ModelModule;
import org.millwright.connector.ConnectorException;
import org.millwright.orchestrate.Once;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * {@code Idempotency-Key} handling of the business services (after the IETF httpapi draft): the first request with
 * a key runs and its answer is recorded; the same key with the same request gets that answer again without calling
 * the system of record; with another request it is refused (422); while the first one still runs, a second gets 409.
 * A request whose earlier attempt may have reached the system (the hub died, the answer was lost) runs in a
 * {@link Once} scope that first looks for the record by its external reference; so does the retry of a request that
 * failed retriably. A permanent failure forgets the key, so the corrected request can be sent with it again.
 */
@Component
public class IdempotentRequests {
    /** How long a running request holds its key before a retry may take it over. */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;

    public IdempotentRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * An answer: its HTTP status and JSON body.
     *
     * @param replayed whether it is the recorded answer of an earlier request with the same key
     */
    public record Answer(int status, JsonNode body, boolean replayed) {
        public Answer(int status, JsonNode body) {
            this(status, body, false);
        }
    }

    /**
     * Runs {@code call} once for this key and operation and records its answer.
     *
     * @param request the request as received, compared by hash with the request that first used the key
     * @param call    calls the business service in the given scope and returns the answer to record
     */
    public Answer run(String key, String operation, Object request, Function<Once, Answer> call) {
        requireKey(key);
        String hash = hash(request);
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        insert into api_idempotency (idempotency_key, operation, request_hash, state, attempts,
                                                     created_at, updated_at)
                        values (:k, :op, :hash, 'PENDING', 1, :now, :now) on conflict do nothing""")
                .param("k", key).param("op", operation).param("hash", hash).param("now", Timestamp.from(now)).update();
        boolean earlierAttempt = inserted == 0 && takeOver(key, operation, hash, now);
        Optional<Answer> recorded = inserted == 0 ? recorded(key, operation) : Optional.empty();
        if (recorded.isPresent()) {
            return recorded.get();
        }
        Once once = (system, recover, create) -> {
            if (earlierAttempt) {
                Optional<String> found = recover.get();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            return create.get();
        };
        try {
            Answer answer = call.apply(once);
            jdbc.sql("""
                            update api_idempotency set state = 'DONE', status_code = :status, response = :body,
                                   updated_at = :now
                            where idempotency_key = :k and operation = :op""")
                    .param("status", answer.status()).param("body", answer.body().toString())
                    .param("now", Timestamp.from(clock.instant())).param("k", key).param("op", operation).update();
            return answer;
        } catch (ConnectorException e) {
            if (e.isRetriable()) {
                release(key, operation); // it may have reached the system: a retry looks its record up first
            } else {
                forget(key, operation);
            }
            throw e;
        } catch (RuntimeException e) {
            forget(key, operation);
            throw e;
        }
    }

    private record KeyRow(String requestHash, String state) {
    }

    /** The key is in use: refuses another request, waits out a running one, and takes over an abandoned one. */
    private boolean takeOver(String key, String operation, String hash, Instant now) {
        KeyRow row = jdbc.sql("select request_hash, state from api_idempotency"
                        + " where idempotency_key = :k and operation = :op")
                .param("k", key).param("op", operation)
                .query((rs, n) -> new KeyRow(rs.getString(1), rs.getString(2)))
                .single();
        if (!row.requestHash().equals(hash)) {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key " + key
                    + " was already used for a different " + operation + " request; use a new key");
        }
        if (row.state().equals("DONE")) {
            return false;
        }
        int taken = jdbc.sql("""
                        update api_idempotency set attempts = attempts + 1, updated_at = :now
                        where idempotency_key = :k and operation = :op and state = 'PENDING' and updated_at < :stale""")
                .param("now", Timestamp.from(now)).param("k", key).param("op", operation)
                .param("stale", Timestamp.from(now.minus(LEASE))).update();
        if (taken == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "a " + operation + " request with Idempotency-Key "
                    + key + " is still being processed; retry later");
        }
        return true;
    }

    private Optional<Answer> recorded(String key, String operation) {
        return jdbc.sql("select status_code, response from api_idempotency"
                        + " where idempotency_key = :k and operation = :op and state = 'DONE'")
                .param("k", key).param("op", operation)
                .query((rs, n) -> new Answer(rs.getInt(1), ModelModule.MAPPER.readTree(rs.getString(2)), true))
                .optional();
    }

    private void release(String key, String operation) {
        jdbc.sql("update api_idempotency set updated_at = :released where idempotency_key = :k and operation = :op"
                        + " and state = 'PENDING'")
                .param("released", Timestamp.from(Instant.EPOCH)).param("k", key).param("op", operation).update();
    }

    private void forget(String key, String operation) {
        jdbc.sql("delete from api_idempotency where idempotency_key = :k and operation = :op and state = 'PENDING'")
                .param("k", key).param("op", operation).update();
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the Idempotency-Key header is required for"
                    + " this operation: a unique value per intended effect, e.g. a UUID");
        }
        if (key.length() > 255) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the Idempotency-Key header has "
                    + key.length() + " characters; at most 255 are allowed");
        }
    }

    private static String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ModelModule.MAPPER.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
