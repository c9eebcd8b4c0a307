package org.millwright.orchestrate;

import java.util.Objects;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.FieldService;
import org.millwright.connector.Inventory;
import org.millwright.connector.Planning;
import org.millwright.connector.Procurement;
import org.millwright.connector.WorkManagement;

/**
 * The ports the workflow uses, each served by whichever system the configuration routes it to.
 *
 * @param names which configured system serves each port, recorded with every step's result
 */
public record SystemsOfRecord(AssetMaster assets, WorkManagement work, Inventory inventory, Procurement procurement,
                              Planning planning, FieldService fieldService, Names names) {
    public SystemsOfRecord {
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(procurement, "procurement");
        Objects.requireNonNull(planning, "planning");
        Objects.requireNonNull(fieldService, "fieldService");
        Objects.requireNonNull(names, "names");
    }

    /** The names of the systems behind each port. */
    public record Names(String assets, String work, String inventory, String procurement, String planning,
                        String fieldService) {
        public Names {
            Objects.requireNonNull(assets, "assets");
            Objects.requireNonNull(work, "work");
            Objects.requireNonNull(inventory, "inventory");
            Objects.requireNonNull(procurement, "procurement");
            Objects.requireNonNull(planning, "planning");
            Objects.requireNonNull(fieldService, "fieldService");
        }
    }
}
