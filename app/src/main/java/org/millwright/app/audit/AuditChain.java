package org.millwright.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an event is hashed: {@code hash = SHA-256(prevHash + canonical)}, where the canonical form is the JSON array
 * {@code ["v1", seq, at, actor, action, subject, detail, traceId]} (JSON string escaping makes it unambiguous
 * whatever the fields contain; {@code at} is ISO-8601 UTC). Detail objects are written with their keys sorted, so
 * the same detail always gives the same text.
 */
final class AuditChain {
    /** The {@code prevHash} of the first event. */
    static final String GENESIS = "0".repeat(64);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditChain() {
    }

    static String canonical(long seq, Instant at, String actor, String action, String subject, String detail,
                            Optional<String> traceId) {
        return JSON.writeValueAsString(Arrays.asList("v1", seq, at.toString(), actor, action, subject, detail,
                traceId.orElse(null)));
    }

    static String hash(String prevHash, String canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((prevHash + canonical).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The detail as a JSON object with sorted keys, nested maps included. */
    static String detailJson(Map<String, ?> detail) {
        return JSON.writeValueAsString(sorted(detail));
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            TreeMap<String, Object> copy = new TreeMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), sorted(item)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return value;
    }
}
