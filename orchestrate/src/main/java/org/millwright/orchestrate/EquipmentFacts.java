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
        StringBuilder out = new StringBuilder(plant).append('|').append(line).append('|');
        for (int i = 0; i < spareParts.size(); i++) {
            SparePart part = spareParts.get(i);
            out.append(i == 0 ? "" : ",").append(part.material()).append(':').append(part.quantity());
        }
        return out.toString();
    }

    public static EquipmentFacts decode(String encoded) {
        String[] fields = encoded.split("\\|", -1);
        if (fields.length != 3) {
            throw new IllegalArgumentException("not encoded equipment facts: '" + encoded + "'");
        }
        List<SparePart> parts = new ArrayList<>();
        if (!fields[2].isEmpty()) {
            for (String item : fields[2].split(",")) {
                int colon = item.lastIndexOf(':');
                parts.add(new SparePart(item.substring(0, colon), Integer.parseInt(item.substring(colon + 1))));
            }
        }
        return new EquipmentFacts(fields[0], fields[1], parts);
    }

    private static void requireNoSeparators(String value) {
        if (value.indexOf('|') >= 0 || value.indexOf(',') >= 0 || value.indexOf(':') >= 0) {
            throw new IllegalArgumentException("'|', ',' and ':' are not allowed in plant, line or material: " + value);
        }
    }
}
