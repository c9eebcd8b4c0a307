package org.millwright.app.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.connector.framework.ResilientConnectors;
import org.millwright.connector.rest.RestMapping;
import org.millwright.model.AssetId;
import org.millwright.orchestrate.SystemsOfRecord;

class SystemsRouterTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("SAP_PASSWORD", "s3cret", "MAXIMO_KEY", "k3y");
    private final ResilientConnectors connectors = new ResilientConnectors(new SimpleMeterRegistry(), Clock.systemUTC());
    private final AdapterFactory adapters = new AdapterFactory(() -> URI.create("http://127.0.0.1:1/"),
            Duration.ofSeconds(5), Clock.systemUTC(), Map.of("ACME_CMMS_TOKEN", "t0ken")::get);

    @AfterEach
    void close() {
        connectors.close();
    }

    @Test
    void routesEachSitesPortsToItsSystemsAndTheRestToTheDefaultSite() throws IOException {
        Map<AssetId, String> sites = Map.of(AssetId.of("n-1"), "north", AssetId.of("s-1"), "south",
                AssetId.of("w-1"), "west");
        SystemsRouter router = SystemsRouter.build(twoSites(), adapters, connectors,
                asset -> Optional.ofNullable(sites.get(asset)));

        assertThat(router.forAsset(AssetId.of("n-1")).names()).isEqualTo(new SystemsOfRecord.Names("s4-north",
                "s4-north", "s4-north", "s4-north", "sandbox", "sandbox"));
        assertThat(router.forAsset(AssetId.of("s-1")).names()).isEqualTo(new SystemsOfRecord.Names("sandbox",
                "mx-south", "sandbox", "sandbox", "sandbox", "sandbox"));
        assertThat(router.forAsset(AssetId.of("w-1")).names().work()).isEqualTo("sandbox");
        assertThat(router.forAsset(AssetId.of("unknown")).names().work()).isEqualTo("sandbox");
        assertThat(router.assetMasters()).hasSize(2);
    }

    @Test
    void registersEverySystemWithItsPolicyOverridingTheDefaults() throws IOException {
        SystemsRouter.build(twoSites(), adapters, connectors, asset -> Optional.empty());

        var policy = connectors.system("s4-north").orElseThrow().policy();
        assertThat(policy.callTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(policy.circuitBreaker().failureRateThreshold()).isEqualTo(60f);
        assertThat(policy.circuitBreaker().slidingWindowSize())
                .isEqualTo(org.millwright.connector.framework.SystemPolicy.defaults().circuitBreaker()
                        .slidingWindowSize());
        assertThat(connectors.system("mx-south")).isPresent();
        assertThat(connectors.system("sandbox")).isPresent();
    }

    @Test
    void refusesARouteToASystemWhoseAdapterDoesNotServeThePort() {
        SystemsFile file = SystemsFile.parse("""
                systems:
                  mx: {type: maximo, connection: {apiRoot: "https://mx.example.com/maximo/api/", apiKey: {env: K},
                       requestTimeout: PT5S}, siteId: S, referenceAttribute: ref, work: {object: WORK_ORDER,
                       openStatuses: [APPR], completeStatus: COMP, priorities: {ADVISORY: 4, WARNING: 3, ALARM: 2,
                       TRIP: 1}, problemCodes: {}}, storerooms: {}, requisitionLeadTime: P1D, assets: {},
                       assetStatuses: {}}
                  sandbox: {type: sandbox}
                sites:
                  "*": {all: sandbox, planning: mx}
                """, "bad.yaml", Map.of("K", "key")::get);

        assertThatThrownBy(() -> SystemsRouter.build(file, adapters, connectors, asset -> Optional.empty()))
                .isInstanceOf(SystemsFileException.class)
                .hasMessage("bad.yaml: sites.*.planning routes to system 'mx', whose adapter does not serve planning");
    }

    @Test
    void namesTheSystemAndTheSettingAnAdapterRefuses() {
        SystemsFile file = SystemsFile.parse("""
                systems:
                  s4: {type: sap, connection: {serviceRoot: "https://s4.example.com/no-slash", user: U,
                       password: {env: P}, requestTimeout: PT5S}}
                sites:
                  "*": {all: s4}
                """, "sap.yaml", Map.of("P", "pw")::get);

        assertThatThrownBy(() -> SystemsRouter.build(file, adapters, connectors, asset -> Optional.empty()))
                .isInstanceOf(SystemsFileException.class)
                .hasMessageStartingWith("sap.yaml: systems.s4 (sap): serviceRoot must be absolute and end with '/'");
    }

    @Test
    void refusesAnUnknownAdapterTypeAndAnUnknownPolicySetting() {
        SystemsFile unknownType = SystemsFile.parse("""
                systems: {odoo: {type: odoo}}
                sites: {"*": {all: odoo}}
                """, "t.yaml", name -> null);
        assertThatThrownBy(() -> SystemsRouter.build(unknownType, adapters, connectors, asset -> Optional.empty()))
                .hasMessageStartingWith("t.yaml: systems.odoo.type 'odoo' is not an adapter");

        SystemsFile unknownPolicy = SystemsFile.parse("""
                systems: {sb: {type: sandbox, policy: {retries: 3}}}
                sites: {"*": {all: sb}}
                """, "p.yaml", name -> null);
        assertThatThrownBy(() -> SystemsRouter.build(unknownPolicy, adapters, connectors, asset -> Optional.empty()))
                .hasMessageStartingWith("p.yaml: systems.sb.policy.retries is not a policy setting");

        SystemsFile nestedTypo = SystemsFile.parse("""
                systems: {sb: {type: sandbox, policy: {circuitBreaker: {treshold: 5}}}}
                sites: {"*": {all: sb}}
                """, "n.yaml", name -> null);
        assertThatThrownBy(() -> SystemsRouter.build(nestedTypo, adapters, connectors, asset -> Optional.empty()))
                .hasMessageStartingWith("n.yaml: systems.sb.policy.circuitBreaker.treshold is not a policy setting");
    }

    @Test
    void bindsTrytonSettingsUnderItsDefaultsAndAMappedRestSystem(@TempDir Path dir) throws IOException {
        try (InputStream example = RestMapping.class.getResourceAsStream("/examples/acme-cmms.yaml")) {
            Files.copy(example, dir.resolve("acme-cmms.yaml"));
        }
        Path systems = Files.writeString(dir.resolve("systems.yaml"), """
                systems:
                  erp-north:
                    type: tryton
                    connection: {url: "http://127.0.0.1:8000/", database: hub, login: hub,
                                 password: {env: TRYTON_PASSWORD}}
                    plants: {N100: {warehouse: WH, storage: STO, maintenance: MAINT}}
                  cmms: {type: rest, mapping: acme-cmms.yaml, url: "https://cmms.example.com/api/", timeout: PT3S}
                  sandbox: {type: sandbox}
                sites:
                  "*": {all: sandbox}
                  north: {work: cmms, inventory: erp-north, procurement: erp-north}
                """);
        SystemsFile file = SystemsFile.parse(Files.readString(systems), systems.toString(),
                Map.of("TRYTON_PASSWORD", "pw")::get);

        SystemsRouter router = SystemsRouter.build(file, adapters, connectors, asset -> Optional.of("north"));

        assertThat(router.forAsset(AssetId.of("n-1")).names()).isEqualTo(new SystemsOfRecord.Names("sandbox",
                "cmms", "erp-north", "erp-north", "sandbox", "sandbox"));
    }

    @Test
    void namesTheRestSystemWhoseMappingCannotBeLoaded(@TempDir Path dir) {
        SystemsFile file = SystemsFile.parse("""
                systems: {cmms: {type: rest, mapping: missing.yaml, url: "https://cmms.example.com/"}}
                sites: {"*": {all: cmms}}
                """, dir.resolve("systems.yaml").toString(), name -> null);

        assertThatThrownBy(() -> SystemsRouter.build(file, adapters, connectors, asset -> Optional.empty()))
                .isInstanceOf(SystemsFileException.class)
                .hasMessageContaining("systems.cmms (rest): ").hasMessageContaining("missing.yaml");
    }

    @Test
    void registersAnAlternateEndpointBesideItsSystem() {
        SystemsFile file = SystemsFile.parse("""
                systems:
                  erp: {type: sandbox, url: "http://127.0.0.1:1/", alternate: {url: "http://127.0.0.1:2/"}}
                sites: {"*": {all: erp}}
                """, "alt.yaml", name -> null);

        SystemsRouter router = SystemsRouter.build(file, adapters, connectors, asset -> Optional.empty());

        assertThat(router.systemNames()).containsExactly("erp", "erp/alternate");
        assertThat(connectors.system("erp/alternate")).isPresent();
    }

    private static SystemsFile twoSites() throws IOException {
        try (InputStream in = SystemsRouterTest.class.getResourceAsStream("/systems/two-sites.yaml")) {
            return SystemsFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "two-sites.yaml",
                    ENVIRONMENT::get);
        }
    }
}
