package org.millwright.connector.rest.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event ids are standard name-based UUIDs; signatures are standard HMAC-SHA256. */
class CloudEventJsonTest {
    @Test
    void nameBasedIdsFollowRfc9562() {
        // the DNS namespace example of RFC 9562 (and of Python's uuid.uuid5)
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        assertThat(CloudEventJson.nameBased(dns, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void signsWithHmacSha256AsRfc4231Says() {
        // RFC 4231 test case 2
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

        assertThat(Signature.sign(data, "Jefe")).isEqualTo(
                "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
