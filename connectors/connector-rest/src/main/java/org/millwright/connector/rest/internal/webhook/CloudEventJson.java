package org.millwright.connector.rest.internal.webhook;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import org.millwright.connector.rest.webhook.BusinessEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A business event as a CloudEvents 1.0 structured-mode JSON document, and its stable id: a name-based UUID
 * (version 5, SHA-1, RFC 9562) of source, type and key, so the same occurrence always has the same id.
 */
public final class CloudEventJson {
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=utf-8";
    /** The namespace of Millwright event ids (a fixed random UUID). */
    private static final UUID NAMESPACE = UUID.fromString("5b0f7c8e-3d0e-4a37-9d8e-6c1f2a4b9e71");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CloudEventJson() {
    }

    public static String id(URI source, String type, String key) {
        return nameBased(NAMESPACE, source + "\n" + type + "\n" + key).toString();
    }

    /** A version-5 (SHA-1) name-based UUID of this name in this namespace. */
    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) (hash[6] & 0x0f | 0x50);
        hash[8] = (byte) (hash[8] & 0x3f | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    /**
     * The event's JSON: {@code specversion, id, source, type, subject, time, datacontenttype, data}.
     *
     * @throws IllegalArgumentException when Jackson cannot write the data
     */
    public static byte[] envelope(URI source, String id, BusinessEvent event) {
        ObjectNode envelope = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id)
                .put("source", source.toString())
                .put("type", event.type())
                .put("subject", event.subject())
                .put("time", event.time().toString())
                .put("datacontenttype", "application/json");
        try {
            envelope.set("data", JSON.valueToTree(event.data()));
            return JSON.writeValueAsBytes(envelope);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("event " + event.type() + " for " + event.subject()
                    + ": its data cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
