package org.millwright.console.internal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.millwright.console.spi.AssetHealthView;
import org.millwright.console.spi.EpisodeView;
import org.millwright.console.spi.StepView;

/**
 * Formatting used by the templates (as {@code fmt}): times in the configured zone, numbers with fixed
 * decimals, CSS class tokens, labels. Public only because the template engine calls it reflectively.
 */
public final class ViewFormat {

    /** Shown for an absent value. */
    static final String NONE = "–";
    private static final Map<String, String> RECORD_LABELS = Map.of(
            "notification", "Notification",
            "reservation", "Reservation",
            "purchaseRequisition", "Purchase requisition",
            "maintenanceWindow", "Maintenance window",
            "assignment", "Assignment",
            "workOrder", "Work order");

    private final ZoneId zone;
    private final DateTimeFormatter time;

    ViewFormat(ZoneId zone) {
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    /** The zone times are shown in, e.g. {@code UTC}. */
    public String zone() {
        return zone.getId();
    }

    /** {@code 2026-11-25 10:15:03} in the configured zone. */
    public String time(Instant instant) {
        return time.format(instant);
    }

    /** As {@link #time(Instant)}, or {@link #NONE}. */
    public String time(Optional<Instant> instant) {
        return instant.map(this::time).orElse(NONE);
    }

    /** ISO-8601 UTC, for {@code datetime} attributes; empty when absent. */
    public String iso(Optional<Instant> instant) {
        return instant.map(Instant::toString).orElse("");
    }

    /** The value with {@code decimals} decimals (dot as separator), or {@link #NONE}. */
    public String number(OptionalDouble value, int decimals) {
        return value.isPresent() ? String.format(Locale.ROOT, "%." + decimals + "f", value.getAsDouble()) : NONE;
    }

    /** The text, or {@link #NONE} when it is blank. */
    public String text(String value) {
        return value.isBlank() ? NONE : value;
    }

    /** A CSS class token from a state word: {@code "ESCALATED"} gives {@code "escalated"}. */
    public String token(String value) {
        String token = value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return token.isEmpty() ? "unknown" : token;
    }

    /** A human label for a record key: {@code purchaseRequisition} gives {@code Purchase requisition}. */
    public String recordLabel(String key) {
        return RECORD_LABELS.getOrDefault(key, key);
    }

    /** How long a step took, e.g. {@code 1.2 s} or {@code 3 min 4 s}; empty unless it started and ended. */
    public String took(StepView step) {
        if (step.startedAt().isEmpty() || step.endedAt().isEmpty()) {
            return "";
        }
        Duration took = Duration.between(step.startedAt().get(), step.endedAt().get());
        if (took.isNegative()) {
            return "";
        }
        if (took.compareTo(Duration.ofMinutes(1)) < 0) {
            return String.format(Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
        }
        if (took.compareTo(Duration.ofHours(1)) < 0) {
            return took.toMinutes() + " min " + took.toSecondsPart() + " s";
        }
        return took.toHours() + " h " + took.toMinutesPart() + " min";
    }

    /** How many of the episodes are not closed. */
    public long open(List<EpisodeView> episodes) {
        return episodes.stream().filter(e -> !"CLOSED".equalsIgnoreCase(e.state())).count();
    }

    /** How many assets are in this health state. */
    public long countHealth(List<AssetHealthView> assets, String health) {
        return assets.stream().filter(a -> health.equalsIgnoreCase(a.health())).count();
    }
}
