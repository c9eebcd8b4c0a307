package org.millwright.app.systems;

import java.util.Arrays;
import java.util.Optional;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.FieldService;
import org.millwright.connector.Inventory;
import org.millwright.connector.Planning;
import org.millwright.connector.Procurement;
import org.millwright.connector.WorkManagement;

/** The ports a site routes to systems, by the names the systems file uses. */
public enum Port {
    ASSETS("assets", AssetMaster.class),
    WORK("work", WorkManagement.class),
    INVENTORY("inventory", Inventory.class),
    PROCUREMENT("procurement", Procurement.class),
    PLANNING("planning", Planning.class),
    FIELD_SERVICE("field-service", FieldService.class);

    private final String key;
    private final Class<?> type;

    Port(String key, Class<?> type) {
        this.key = key;
        this.type = type;
    }

    public String key() {
        return key;
    }

    /** Whether {@code adapter} implements this port. */
    boolean servedBy(Object adapter) {
        return type.isInstance(adapter);
    }

    static Optional<Port> ofKey(String key) {
        return Arrays.stream(values()).filter(port -> port.key.equals(key)).findFirst();
    }

    static String keys() {
        return String.join(", ", Arrays.stream(values()).map(Port::key).toList());
    }
}
