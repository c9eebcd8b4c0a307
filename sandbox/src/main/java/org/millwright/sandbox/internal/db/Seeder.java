package org.millwright.sandbox.internal.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.millwright.sandbox.SandboxSeed;
import org.millwright.sandbox.SeedEquipment;
import org.millwright.sandbox.SeedMaterial;
import org.millwright.sandbox.SeedPart;
import org.millwright.sandbox.SeedStock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Inserts the seed's missing rows and never touches rows that exist (live state survives restarts). */
public final class Seeder {
    private static final Logger LOG = LoggerFactory.getLogger(Seeder.class);

    private Seeder() {
    }

    public static void seed(Database database, SandboxSeed seed, Clock clock) {
        int inserted = database.inTransaction(connection -> {
            int count = 0;
            for (SeedMaterial material : seed.materials()) {
                count += insertMaterial(connection, material);
            }
            for (SeedEquipment equipment : seed.equipment()) {
                count += insertEquipment(connection, equipment, clock);
            }
            for (SeedStock stock : seed.stock()) {
                count += insertStock(connection, stock);
            }
            return count;
        });
        LOG.info("sandbox seeded: {} new rows ({} equipment, {} materials, {} stock in the seed)", inserted,
                seed.equipment().size(), seed.materials().size(), seed.stock().size());
    }

    private static int insertMaterial(Connection connection, SeedMaterial material) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sandbox.material (material, description, unit) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, material.material());
            insert.setString(2, material.description());
            insert.setString(3, material.unit());
            return insert.executeUpdate();
        }
    }

    private static int insertEquipment(Connection connection, SeedEquipment equipment, Clock clock)
            throws SQLException {
        int count;
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO sandbox.equipment (id, erp_id, name, asset_class, enterprise, site, area, line,
                    machine_group, support_type, plant, status, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?) ON CONFLICT DO NOTHING""")) {
            insert.setString(1, equipment.id());
            insert.setString(2, equipment.erpId());
            insert.setString(3, equipment.name());
            insert.setString(4, equipment.assetClass());
            insert.setString(5, equipment.enterprise());
            insert.setString(6, equipment.site());
            insert.setString(7, equipment.area());
            insert.setString(8, equipment.line());
            insert.setString(9, equipment.machineGroup());
            insert.setString(10, equipment.supportType());
            insert.setString(11, equipment.plant());
            Database.setInstant(insert, 12, clock.instant());
            count = insert.executeUpdate();
        }
        if (count == 0) {
            return 0;
        }
        // A bill of materials is seeded together with its new equipment only, so edits made later are kept.
        for (Map.Entry<String, List<SeedPart>> entry : new TreeMap<>(equipment.spareParts()).entrySet()) {
            int position = 0;
            for (SeedPart part : entry.getValue()) {
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO sandbox.equipment_spare_part (equipment_id, failure_mode, position, material,
                            quantity) VALUES (?, ?, ?, ?, ?)""")) {
                    insert.setString(1, equipment.id());
                    insert.setString(2, entry.getKey());
                    insert.setInt(3, position++);
                    insert.setString(4, part.material());
                    insert.setInt(5, part.quantity());
                    count += insert.executeUpdate();
                }
            }
        }
        return count;
    }

    private static int insertStock(Connection connection, SeedStock stock) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sandbox.stock (material, plant, on_hand) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, stock.material());
            insert.setString(2, stock.plant());
            insert.setInt(3, stock.onHand());
            return insert.executeUpdate();
        }
    }
}
