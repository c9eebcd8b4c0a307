package org.millwright.connector.rest.internal.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.millwright.connector.SparePart;
import org.millwright.model.AssetId;
import org.millwright.model.FailureMode;

/**
 * The components of one record read from an answer, converted to their Java types, by component name
 * ({@code asset.location.site}). Lists of parts are lists of such values.
 */
public final class RecordValues {
    private final Map<String, Object> values;

    RecordValues(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public String text(String name) {
        return (String) get(name);
    }

    public AssetId assetId(String name) {
        return (AssetId) get(name);
    }

    public FailureMode failureMode(String name) {
        return (FailureMode) get(name);
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    public int integer(String name) {
        return (Integer) get(name);
    }

    public Instant instant(String name) {
        return (Instant) get(name);
    }

    public <E extends Enum<E>> E constant(String name, Class<E> type) {
        return type.cast(get(name));
    }

    /** A list of spare parts. */
    public List<SparePart> parts(String name) {
        List<SparePart> parts = new ArrayList<>();
        for (RecordValues element : elements(name)) {
            parts.add(new SparePart(element.text("material"), element.integer("quantity")));
        }
        return parts;
    }

    /** Spare parts grouped by failure mode, in answer order. */
    public Map<FailureMode, List<SparePart>> partsByMode(String name) {
        Map<FailureMode, List<SparePart>> parts = new LinkedHashMap<>();
        for (RecordValues element : elements(name)) {
            parts.computeIfAbsent(element.failureMode("failureMode"), mode -> new ArrayList<>())
                    .add(new SparePart(element.text("material"), element.integer("quantity")));
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private List<RecordValues> elements(String name) {
        return (List<RecordValues>) get(name);
    }

    private Object get(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("no value for " + name);
        }
        return value;
    }
}
