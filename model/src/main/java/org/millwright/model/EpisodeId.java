package org.millwright.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The key of one episode, e.g. {@code EP-7F3A9C2E11AB}. It is derived from what opened the episode (asset,
 * failure mode, time of the opening evidence), so the same evidence seen twice yields the same key. It
 * is the idempotency key written into the external-reference field of every record created in a system
 * of record, so it fits their shortest such field (SAP's {@code MaintNotifExtReferenceNumber}, 20).
 */
public record EpisodeId(String value) implements Comparable<EpisodeId> {
    private static final Pattern FORM = Pattern.compile("EP-[0-9A-F]{12}");

    public EpisodeId {
        Objects.requireNonNull(value, "episode id");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("episode id must match " + FORM + ": '" + value + "'");
        }
    }

    public static EpisodeId of(String value) {
        return new EpisodeId(value);
    }

    /** Whether {@code candidate} has the form of an episode id; for input that must not throw. */
    public static boolean isValid(String candidate) {
        return candidate != null && FORM.matcher(candidate).matches();
    }

    /** The deterministic key of the episode opened for {@code asset} and {@code mode} by evidence at {@code openedAt}. */
    public static EpisodeId derive(AssetId asset, FailureMode mode, Instant openedAt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((asset.value() + '|' + mode.code() + '|' + openedAt.toEpochMilli())
                    .getBytes(StandardCharsets.UTF_8));
            return new EpisodeId("EP-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    @Override
    public int compareTo(EpisodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
