package org.millwright.connector.rest.internal.mapping;

import java.util.List;
import java.util.Optional;
import org.millwright.connector.EquipmentStatus;
import org.millwright.model.AssetClass;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;

/**
 * A component of the record an operation answers, as named in {@code response.fields} (nested components with
 * dots: {@code asset.location.site}).
 *
 * @param type            how the extracted value is converted
 * @param optional        whether it may be left unmapped (it is then empty)
 * @param defaultVariable the request variable that fills it when unmapped, if the operation has one
 */
public record Field(String name, Type type, boolean optional, Optional<String> defaultVariable) {
    /** Conversions of an extracted JSON value. */
    public enum Type {
        TEXT, ASSET_ID, FAILURE_MODE, BOOLEAN, INT, INSTANT,
        ASSET_CLASS(AssetClass.class), MACHINE_GROUP(MachineGroup.class), SUPPORT(SupportType.class),
        EQUIPMENT_STATUS(EquipmentStatus.class),
        /** A list of spare parts: element fields {@code material}, {@code quantity}. */
        PARTS,
        /** Spare parts per failure mode: element fields {@code failureMode}, {@code material}, {@code quantity}. */
        PARTS_BY_MODE;

        private final Class<? extends Enum<?>> enumType;

        Type() {
            this(null);
        }

        Type(Class<? extends Enum<?>> enumType) {
            this.enumType = enumType;
        }

        public Optional<Class<? extends Enum<?>>> enumType() {
            return Optional.ofNullable(enumType);
        }

        public boolean isList() {
            return this == PARTS || this == PARTS_BY_MODE;
        }

        /** The element fields of a list type. */
        public List<Field> elementFields() {
            Field material = required("material", TEXT);
            Field quantity = required("quantity", INT);
            return switch (this) {
                case PARTS -> List.of(material, quantity);
                case PARTS_BY_MODE -> List.of(required("failureMode", FAILURE_MODE), material, quantity);
                default -> List.of();
            };
        }
    }

    static Field required(String name, Type type) {
        return new Field(name, type, false, Optional.empty());
    }

    static Field fromRequest(String name, Type type, String variable) {
        return new Field(name, type, false, Optional.of(variable));
    }

    static Field optional(String name, Type type) {
        return new Field(name, type, true, Optional.empty());
    }
}
