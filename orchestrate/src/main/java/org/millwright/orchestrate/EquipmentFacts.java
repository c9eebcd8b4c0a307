package org.millwright.orchestrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.millwright.connector.SparePart;

/**
 * What the workflow keeps from the asset master: the ERP plant and production line of the asset and the spare
 * parts the failure mode needs. Encoded as one line so the ledger and the workflow variables can hold it.
 */
public record EquipmentFacts(String plant, String line, List<SparePart> spareParts) {
    public EquipmentFacts {
        Objects.requireNonNull(plant, "plant");
        Objects.requireNonNull(line, "line");
        spareParts = List.copyOf(spareParts);
        requireNoSeparators(plant);
        requireNoSeparators(line);
        spareParts.forEach(part -> requireNoSeparators(part.material()));
    }

    /** {@code plant|line|material:qty,material:qty}. */
    public String encode() {
        return plant + '|' + line + '|' + encodeParts(spareParts);
    }

    /** {@code material:qty,material:qty}, empty for none. */
    static String encodeParts(List<SparePart> parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            SparePart part = parts.get(i);
            out.append(i == 0 ? "" : ",").append(part.material()).append(':').append(part.quantity());
        }
        return out.toString();
    }

    static List<SparePart> decodeParts(String encoded) {
        List<SparePart> parts = new ArrayList<>();
        if (!encoded.isEmpty()) {
            for (String item : encoded.split(",")) {
                int colon = item.lastIndexOf(':');
                parts.add(new SparePart(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1))));
            }
        }
        return parts;
    }

    public static EquipmentFacts decode(String encoded) {
        String[] fields = encoded.split("\\|", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("not encoded equipment facts: '" + encoded + "'");
        }
        return new EquipmentFacts(fields[0], fields[1], decodeParts(fields[2]));
    }

    private static void requireNoSeparators(String value) {
        if (value.indexOf('|') >= 0 || value.indexOf(',') >= 0 || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException("'|', ',' and ':' are not allowed in plant, line or material: " + value);
        }
    }
}
