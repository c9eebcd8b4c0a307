package org.millwright.app.pipeline;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.EquipmentRecord;
import org.millwright.ingest.spi.AssetCatalogue;
import org.millwright.model.Asset;
import org.millwright.model.AssetClass;
import org.millwright.model.AssetId;
import org.millwright.model.Isa95Location;
import org.millwright.model.MachineGroup;
import org.millwright.model.SupportType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hub's asset catalogue: synchronized from the ERP's equipment master, cached in table {@code asset_catalogue}
 * so that the hub starts and ingests while the ERP is unreachable, and held in memory for the hot path.
 */
public class AssetCatalogueService implements AssetCatalogue {
    private static final Logger log = LoggerFactory.getLogger(AssetCatalogueService.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Supplier<List<AssetMaster>> assetMasters;
    private final Clock clock;
    private volatile Map<AssetId, Asset> assets = Map.of();
    private volatile boolean synced;

    /** @param assetMasters the equipment masters of every site's ERP; the catalogue is their union */
    public AssetCatalogueService(JdbcClient jdbc, TransactionTemplate transactions,
                                 Supplier<List<AssetMaster>> assetMasters, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.assetMasters = assetMasters;
        this.clock = clock;
        this.assets = loadCached();
    }

    @Override
    public Optional<Asset> find(AssetId id) {
        return Optional.ofNullable(assets.get(id));
    }

    public List<Asset> all() {
        return assets.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public boolean isSynced() {
        return synced;
    }

    /** Pulls the equipment master from the ERP; on failure keeps the cached catalogue and returns false. */
    public boolean synchronize() {
        List<EquipmentRecord> equipment = new ArrayList<>();
        try {
            assetMasters.get().forEach(master -> equipment.addAll(master.allEquipment()));
        } catch (RuntimeException e) {
            log.warn("Asset catalogue not synchronized from the ERP ({}); using {} cached assets", e.getMessage(),
                    assets.size());
            return false;
        }
        transactions.executeWithoutResult(status -> equipment.forEach(this::upsert));
        assets = equipment.stream().map(EquipmentRecord::asset)
                .collect(Collectors.toUnmodifiableMap(Asset::id, Function.identity(), (first, second) -> first));
        synced = true;
        log.info("Asset catalogue synchronized from the ERP: {} assets", assets.size());
        return true;
    }

    private void upsert(EquipmentRecord record) {
        Asset a = record.asset();
        jdbc.sql("""
                        insert into asset_catalogue (asset_id, name, asset_class, enterprise, site, area, line,
                                                     machine_group, support_type, plant, erp_id, synced_at)
                        values (:id, :name, :class, :enterprise, :site, :area, :line, :group, :support, :plant, :erp, :at)
                        on conflict (asset_id) do update set name = excluded.name, asset_class = excluded.asset_class,
                          enterprise = excluded.enterprise, site = excluded.site, area = excluded.area,
                          line = excluded.line, machine_group = excluded.machine_group,
                          support_type = excluded.support_type, plant = excluded.plant, erp_id = excluded.erp_id,
                          synced_at = excluded.synced_at""")
                .param("id", a.id().value()).param("name", a.name()).param("class", a.assetClass().name())
                .param("enterprise", a.location().enterprise()).param("site", a.location().site())
                .param("area", a.location().area()).param("line", a.location().line())
                .param("group", a.machineGroup().name()).param("support", a.support().name())
                .param("plant", record.plant()).param("erp", record.erpId())
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }

    private Map<AssetId, Asset> loadCached() {
        Map<AssetId, Asset> cached = new ConcurrentHashMap<>();
        jdbc.sql("select * from asset_catalogue").query((rs, n) -> new Asset(AssetId.of(rs.getString("asset_id")),
                        rs.getString("name"), AssetClass.valueOf(rs.getString("asset_class")),
                        new Isa95Location(rs.getString("enterprise"), rs.getString("site"), rs.getString("area"),
                                rs.getString("line")),
                        MachineGroup.valueOf(rs.getString("machine_group")),
                        SupportType.valueOf(rs.getString("support_type"))))
                .list().forEach(asset -> cached.put(asset.id(), asset));
        return Map.copyOf(cached);
    }
}
