package org.millwright.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final Instant AT = Instant.parse("2026-11-25T12:00:00.123Z");

    @Test
    void sameDetailGivesTheSameTextWhateverTheOrderOfItsKeys() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("step", "create-notification");
        one.put("nested", Map.of("b", 2, "a", List.of(Map.of("y", 1, "x", 0))));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("nested", Map.of("a", List.of(Map.of("x", 0, "y", 1)), "b", 2));
        other.put("step", "create-notification");

        assertThat(AuditChain.detailJson(one)).isEqualTo(AuditChain.detailJson(other))
                .isEqualTo("{\"nested\":{\"a\":[{\"x\":0,\"y\":1}],\"b\":2},\"step\":\"create-notification\"}");
    }

    @Test
    void canonicalFormKeepsFieldsApartWhateverTheyContain() {
        String joined = AuditChain.canonical(1, AT, "a\",\"b", "act", "subject", "{}", Optional.empty());
        String split = AuditChain.canonical(1, AT, "a", "b\",\"act", "subject", "{}", Optional.empty());

        assertThat(joined).isNotEqualTo(split);
        assertThat(AuditChain.canonical(7, AT, "ops", "x", "EP-1", "{}", Optional.of("4bf92f35")))
                .isEqualTo("[\"v1\",7,\"2026-11-25T12:00:00.123Z\",\"ops\",\"x\",\"EP-1\",\"{}\",\"4bf92f35\"]");
    }

    @Test
    void hashIsSha256OfThePreviousHashAndTheCanonicalFormInLowerCaseHex() {
        // printf '%s' "$(printf '0%.0s' $(seq 64))abc" | sha256sum
        assertThat(AuditChain.hash(AuditChain.GENESIS, "abc"))
                .isEqualTo("b64374d04ef9c4f39fddb1e0d6be38a0130f6c057fc0f4ee467ea0e18bc758f1");
        assertThat(AuditChain.hash(AuditChain.GENESIS, "abc")).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, "abd"));
    }

    @Test
    void eventDetectsAChangeOfAnyField() {
        String hash = AuditChain.hash(AuditChain.GENESIS,
                AuditChain.canonical(1, AT, "ops", "act", "EP-1", "{\"a\":1}", Optional.empty()));
        AuditEvent event = new AuditEvent(1, AT, "ops", "act", "EP-1", "{\"a\":1}", Optional.empty(),
                AuditChain.GENESIS, hash);

        assertThat(event.hashMatchesContent()).isTrue();
        assertThat(new AuditEvent(1, AT, "ops", "act", "EP-1", "{\"a\":2}", Optional.empty(), AuditChain.GENESIS,
                hash).hashMatchesContent()).isFalse();
        assertThat(new AuditEvent(1, AT.plusMillis(1), "ops", "act", "EP-1", "{\"a\":1}", Optional.empty(),
                AuditChain.GENESIS, hash).hashMatchesContent()).isFalse();
        assertThat(new AuditEvent(1, AT, "ops", "act", "EP-1", "{\"a\":1}", Optional.of("t"), AuditChain.GENESIS,
                hash).hashMatchesContent()).isFalse();
    }
}
