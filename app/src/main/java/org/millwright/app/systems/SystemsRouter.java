package org.millwright.app.systems;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.millwright.app.systems.SystemsFile.SystemDefinition;
import org.millwright.connector.AssetMaster;
import org.millwright.connector.framework.ConnectorPorts;
import org.millwright.connector.framework.ResilientConnectors;
import org.millwright.connector.framework.SystemPolicy;
import org.millwright.model.AssetId;
import org.millwright.orchestrate.SystemsOfRecord;
import org.millwright.orchestrate.SystemsRouting;

/**
 * The systems of record of a {@link SystemsFile}, built once: one adapter per configured system, registered with the
 * connector framework under the system's name (its own retry, circuit breaker, bulkhead and rate limit), and per site
 * the ports routed to them. An asset's site comes from the asset catalogue; a site that is not listed uses the
 * {@code "*"} routes.
 */
public final class SystemsRouter implements SystemsRouting {
    private final Map<String, SystemsOfRecord> sites;
    private final Map<String, ConnectorPorts> systems;
    private final List<String> registered;
    private final Function<AssetId, Optional<String>> siteOf;

    private SystemsRouter(Map<String, SystemsOfRecord> sites, Map<String, ConnectorPorts> systems,
                          List<String> registered, Function<AssetId, Optional<String>> siteOf) {
        this.sites = Map.copyOf(sites);
        this.systems = systems;
        this.registered = List.copyOf(registered);
        this.siteOf = siteOf;
    }

    /**
     * @param adapters   makes the adapter of each configured system
     * @param connectors where each system is registered with its policy
     * @param siteOf     the ISA-95 site of an asset, empty for an asset the catalogue does not know
     * @throws SystemsFileException when a route names a system whose adapter does not serve that port
     */
    public static SystemsRouter build(SystemsFile file, AdapterFactory adapters, ResilientConnectors connectors,
                                      Function<AssetId, Optional<String>> siteOf) {
        // Everything that can be wrong is checked before any system is (re-)registered with the framework.
        Map<String, Object> adapterOf = new LinkedHashMap<>();
        Map<String, Object> alternateOf = new LinkedHashMap<>();
        Map<String, SystemPolicy> policyOf = new LinkedHashMap<>();
        for (SystemDefinition definition : file.systems().values()) {
            adapterOf.put(definition.name(), adapters.create(definition, file.source()));
            adapters.createAlternate(definition, file.source())
                    .ifPresent(alternate -> alternateOf.put(definition.name(), alternate));
            policyOf.put(definition.name(), adapters.policy(definition, file.source()));
        }
        Map<Port, String> fallback = file.sites().get(SystemsFile.ANY_SITE);
        Map<String, Map<Port, String>> routesOf = new LinkedHashMap<>();
        file.sites().forEach((site, listed) -> {
            Map<Port, String> routes = new EnumMap<>(fallback);
            routes.putAll(listed);
            routes.forEach((port, system) -> {
                if (!port.servedBy(adapterOf.get(system))) {
                    throw new SystemsFileException(file.source() + ": sites." + site + "." + port.key()
                            + " routes to system '" + system + "', whose adapter does not serve " + port.key());
                }
            });
            routesOf.put(site, routes);
        });
        Map<String, ConnectorPorts> systems = new LinkedHashMap<>();
        List<String> registered = new ArrayList<>();
        adapterOf.forEach((name, adapter) -> {
            ConnectorPorts ports = connectors.registerOrUpdate(name, policyOf.get(name)).decorate(adapter);
            registered.add(name);
            Object alternate = alternateOf.get(name);
            if (alternate != null) {
                String alternateName = name + AdapterFactory.ALTERNATE;
                ports = ports.withAlternate(connectors.registerOrUpdate(alternateName, policyOf.get(name))
                        .decorate(alternate));
                registered.add(alternateName);
            }
            systems.put(name, ports);
        });
        Map<String, SystemsOfRecord> sites = new LinkedHashMap<>();
        routesOf.forEach((site, routes) -> sites.put(site, systemsOfRecord(routes, systems)));
        return new SystemsRouter(sites, systems, registered, Objects.requireNonNull(siteOf, "siteOf"));
    }

    @Override
    public SystemsOfRecord forAsset(AssetId asset) {
        return siteOf.apply(asset).map(sites::get).orElseGet(() -> sites.get(SystemsFile.ANY_SITE));
    }

    /** The systems serving a site; the {@code "*"} routes for a site that is not listed. */
    public SystemsOfRecord forSite(String site) {
        return sites.getOrDefault(site, sites.get(SystemsFile.ANY_SITE));
    }

    /** The names the configured systems are registered under, alternate endpoints included, in the file's order. */
    public List<String> systemNames() {
        return registered;
    }

    /** Every distinct equipment master a route uses; the asset catalogue is synchronized from all of them. */
    public List<AssetMaster> assetMasters() {
        List<String> names = sites.values().stream().map(s -> s.names().assets()).distinct().toList();
        List<AssetMaster> masters = new ArrayList<>();
        names.forEach(name -> masters.add(systems.get(name).assetMaster().orElseThrow()));
        return masters;
    }

    private static SystemsOfRecord systemsOfRecord(Map<Port, String> routes, Map<String, ConnectorPorts> systems) {
        return new SystemsOfRecord(
                port(routes, Port.ASSETS, systems, ConnectorPorts::assetMaster),
                port(routes, Port.WORK, systems, ConnectorPorts::workManagement),
                port(routes, Port.INVENTORY, systems, ConnectorPorts::inventory),
                port(routes, Port.PROCUREMENT, systems, ConnectorPorts::procurement),
                port(routes, Port.PLANNING, systems, ConnectorPorts::planning),
                port(routes, Port.FIELD_SERVICE, systems, ConnectorPorts::fieldService),
                new SystemsOfRecord.Names(routes.get(Port.ASSETS), routes.get(Port.WORK), routes.get(Port.INVENTORY),
                        routes.get(Port.PROCUREMENT), routes.get(Port.PLANNING), routes.get(Port.FIELD_SERVICE)));
    }

    private static <T> T port(Map<Port, String> routes, Port port, Map<String, ConnectorPorts> systems,
                              Function<ConnectorPorts, Optional<T>> served) {
        return served.apply(systems.get(routes.get(port))).orElseThrow();
    }
}
