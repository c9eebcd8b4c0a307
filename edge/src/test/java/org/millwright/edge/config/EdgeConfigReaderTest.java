package org.millwright.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;

class EdgeConfigReaderTest {
    private static final Map<String, String> ENV = Map.of("HUB_PASSWORD", "s3cret", "OPC_PASSWORD", "opc-pw");

    private static final String FULL = """
            agent-id: edge-north-01
            hub:
              host: hub.plant.example
              port: 8883
              username: edge-north-01
              password: {env: HUB_PASSWORD}
              session-expiry: PT48H
              max-in-flight: 50
            buffer:
              path: data/buffer.db
              max-rows: 500000
              max-bytes: 64 MiB
              when-full: reject-newest
              synchronous: normal
            backfill:
              rate: 250
            status:
              http-port: 8787
              log-interval: PT30S
            sources:
              - name: sim
                type: simulator
                interval: PT0.5S
                seed: 7
                assets: [north-l1-motor-01]
              - name: plc-7
                type: opcua
                endpoint: opc.tcp://plc-7.plant.example:4840/ua
                pki: pki/plc-7
                username: reader
                password: {env: OPC_PASSWORD}
                location: acme/north/assembly/line-1
                nodes:
                  - node-id: ns=2;s=Line1/Motor1/Vibration
                    asset: north-l1-motor-01
                    signal: vibration
                    sampling-interval: PT0.5S
                    deadband: 0.05
              - name: local
                type: mqtt
                host: 127.0.0.1
                topic-filter: acme/north/#
            filters:
              - match: +/+/+/+/+/vibration
                deadband: {absolute: 0.05}
                min-interval: PT1S
                max-interval: PT60S
              - match: +/+/+/+/+/bearing-temperature
                deadband: {percent: 2}
            """;

    @TempDir
    Path folder;

    @Test
    void readsEverySectionWithItsValues() throws IOException {
        EdgeConfig config = read(FULL);

        assertThat(config.agentId()).isEqualTo("edge-north-01");
        assertThat(config.hub().address()).isEqualTo("hub.plant.example:8883");
        assertThat(config.hub().clientId()).isEqualTo("edge-north-01");
        assertThat(config.hub().password()).map(Secret::value).contains("s3cret");
        assertThat(config.hub().password().get().toString()).doesNotContain("s3cret").contains("HUB_PASSWORD");
        assertThat(config.hub().sessionExpiry()).isEqualTo(Duration.ofHours(48));
        assertThat(config.hub().maxInFlight()).isEqualTo(50);
        assertThat(config.buffer()).isEqualTo(new EdgeConfig.Buffer(folder.resolve("data/buffer.db"), 500_000,
                64L << 20, WhenFull.REJECT_NEWEST, Synchronous.NORMAL));
        assertThat(config.backfill().rate()).isEqualTo(250);
        assertThat(config.status()).isEqualTo(new EdgeConfig.Status(Optional.of(8787), Duration.ofSeconds(30)));
        assertThat(config.sources()).hasSize(3);
        assertThat(config.sources().get(0)).isEqualTo(new SourceSettings.Simulator("sim", Optional.empty(),
                Duration.ofMillis(500), 7, false, java.util.List.of(AssetId.of("north-l1-motor-01"))));
        SourceSettings.OpcUa opcUa = (SourceSettings.OpcUa) config.sources().get(1);
        assertThat(opcUa.client().password()).contains("opc-pw");
        assertThat(opcUa.client().nodes()).singleElement().satisfies(node -> {
            assertThat(node.type()).isEqualTo(SignalType.VIBRATION_VELOCITY);
            assertThat(node.absoluteDeadband()).contains(0.05);
        });
        assertThat(opcUa.locations()).containsEntry(AssetId.of("north-l1-motor-01"), "acme/north/assembly/line-1");
        assertThat(config.sources().get(2)).isEqualTo(new SourceSettings.Mqtt("local", "127.0.0.1", 1883,
                "edge-north-01-local", "acme/north/#", Optional.empty(), Optional.empty()));
        assertThat(config.sourceId(config.sources().get(1))).isEqualTo("edge-north-01/plc-7");
        assertThat(config.filters()).containsExactly(
                new FilterRule("+/+/+/+/+/vibration", Optional.of(new FilterRule.Deadband(0.05, false)),
                        Duration.ofSeconds(1), Optional.of(Duration.ofMinutes(1))),
                new FilterRule("+/+/+/+/+/bearing-temperature", Optional.of(new FilterRule.Deadband(2, true)),
                        Duration.ZERO, Optional.empty()));
    }

    @Test
    void fillsDefaultsForAMinimalFile() throws IOException {
        EdgeConfig config = read("""
                agent-id: edge-1
                hub: {host: 127.0.0.1}
                buffer: {path: buffer.db}
                sources:
                  - {name: sim, type: simulator}
                """);

        assertThat(config.hub().port()).isEqualTo(1883);
        assertThat(config.hub().sessionExpiry()).isEqualTo(Duration.ofDays(1));
        assertThat(config.buffer().whenFull()).isEqualTo(WhenFull.DROP_OLDEST);
        assertThat(config.buffer().synchronous()).isEqualTo(Synchronous.FULL);
        assertThat(config.buffer().maxRows()).isEqualTo(1_000_000);
        assertThat(config.backfill().rate()).isEqualTo(200);
        assertThat(config.status().httpPort()).isEmpty();
        assertThat(config.filters()).isEmpty();
    }

    @Test
    void takesASecretFromAFileBesideTheConfiguration() throws IOException {
        Files.writeString(folder.resolve("hub.secret"), "from-file\n");

        EdgeConfig config = read(FULL.replace("{env: HUB_PASSWORD}", "{file: hub.secret}"));

        assertThat(config.hub().password()).map(Secret::value).contains("from-file");
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "  password: {env: HUB_PASSWORD}|6|hub.password: a secret must not be written in the file; give {env: VARIABLE} or {file: path}|  password: hunter2",
        "  password: {env: HUB_PASSWORD}|6|hub.password.env: environment variable NOT_SET is not set or empty|  password: {env: NOT_SET}",
        "  password: {env: HUB_PASSWORD}|6|hub.password.file: cannot read secret file|  password: {file: missing.secret}",
        "  port: 8883|4|hub.port: must be a whole number from 1 to 65535, found 70000|  port: 70000",
        "  port: 8883|4|hub: unknown key 'prot'; allowed: host, port|  prot: 8883",
        "  max-bytes: 64 MiB|12|buffer.max-bytes: '64 MB' is not a size such as 1048576, 512 KiB, 256 MiB or 2 GiB|  max-bytes: 64 MB",
        "  when-full: reject-newest|13|buffer.when-full: 'drop-newest' is not one of DROP_OLDEST, REJECT_NEWEST|  when-full: drop-newest",
        "  rate: 250|16|backfill.rate: backfill rate must be a positive number, was 0.0|  rate: 0",
        "    interval: PT0.5S|23|sources[1].interval: '500ms' is not an ISO-8601 duration such as PT10S, PT5M or PT24H|    interval: 500ms",
        "    type: simulator|22|sources[1].type: unknown source type 'modbus'; allowed: simulator, opcua, mqtt|    type: modbus",
        "    assets: [north-l1-motor-01]|25|sources[1].assets[1]: 'Motor 1' is not an asset id|    assets: [Motor 1]",
        "        signal: vibration|36|sources[2].nodes[1].signal: unknown signal 'vibe'; known: vibration|        signal: vibe",
        "    location: acme/north/assembly/line-1|32|sources[2].location: 'acme/north' is not an ISA-95 location|    location: acme/north",
        "  - match: +/+/+/+/+/vibration|44|filters[1].match: '#' may only be the last level|  - match: '#/vibration'",
        "    deadband: {absolute: 0.05}|45|filters[1].deadband: give exactly one of {absolute: amount} or {percent: amount}|    deadband: {absolute: 0.05, percent: 2}",
        "    max-interval: PT60S|47|filters[1].max-interval: must not be shorter than min-interval PT1S|    max-interval: PT0.5S",
        "agent-id: edge-north-01|1|agent-id: 'edge north' is not a name|agent-id: edge north",
        "  - name: local|39|sources[3]: source name 'sim' is used twice|  - name: sim",
    })
    void namesTheFileTheLineAndTheProblem(String original, int line, String problem, String replacement) {
        assertThat(FULL).contains(original);
        String yaml = FULL.replace(original, replacement);

        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(EdgeConfigException.class, e -> {
                    assertThat(e.file()).endsWith("edge.yaml");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.problem()).startsWith(problem);
                    assertThat(e.getMessage()).startsWith(e.file() + ":" + line + ": ");
                });
    }

    @Test
    void reportsBrokenYamlAndAMissingSectionWithTheirLines() {
        assertThatThrownBy(() -> read("agent-id: a\nhub: {host: x\nbuffer: {}\n"))
                .isInstanceOfSatisfying(EdgeConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.problem()).startsWith("not valid YAML");
                });
        assertThatThrownBy(() -> read("agent-id: a\nhub: {host: x}\nsources: []\n"))
                .isInstanceOfSatisfying(EdgeConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.problem()).isEqualTo("missing required key 'buffer'");
                });
        assertThatThrownBy(() -> EdgeConfigReader.read(folder.resolve("absent.yaml")))
                .isInstanceOf(EdgeConfigException.class).hasMessageEndingWith("absent.yaml:0: no such file");
    }

    private EdgeConfig read(String yaml) throws IOException {
        Path file = folder.resolve("edge.yaml");
        Files.writeString(file, yaml);
        return EdgeConfigReader.read(file, ENV::get);
    }
}
