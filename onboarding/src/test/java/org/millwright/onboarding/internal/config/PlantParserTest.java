package org.millwright.onboarding.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.millwright.model.AssetId;
import org.millwright.model.SignalType;
import org.millwright.onboarding.PlantConfigException;
import org.millwright.protocol.opcua.OpcUaSecurity;

class PlantParserTest {
    private static final String FILE = "north.yaml";
    private static final Map<String, String> ENVIRONMENT = Map.of("NORTH_OPCUA_PASSWORD", "s3cret");

    @TempDir
    Path directory;

    @Test
    void readsAPlantWithEverySourceKind() throws IOException {
        Files.writeString(directory.resolve("broker.secret"), "mqtt-pass\n");
        PlantSpec plant = parse("""
                id: north
                name: North plant
                site: acme/north
                sources:
                  - id: press-json
                    kind: mqtt-json
                    broker: {host: 10.0.0.5, port: 1884, username: hub, password: {file: broker.secret}}
                    topic: plant7/{machine}/{point}
                    payload: {value: data.v, timestamp: t, quality: q}
                    tags:
                      - match: {machine: press-7, point: VIB_DE}
                        asset: north-l1-motor-01
                        signal: vibration
                        unit: in/s
                  - id: edge
                    kind: sparkplug
                    hostId: north-host
                    groups:
                      - id: line-1
                        metrics:
                          - {edgeNode: edge-1, device: pump, metric: Current, asset: north-l1-pump-01, signal: current,
                             unit: mA, range: {raw: [4, 20], scaled: [0, 20000]}}
                  - id: plc-7
                    kind: opcua
                    endpoint: opc.tcp://plc-7:4840/ua
                    securityPolicy: Basic256Sha256
                    username: hub
                    password: {env: NORTH_OPCUA_PASSWORD}
                    publishingInterval: PT0.5S
                    nodes:
                      - node: ns=2;s=Line1/Motor1/BearingTemp
                        asset: north-l1-motor-01
                        signal: bearing-temperature
                        unit: degF
                        deadband: 0.5
                """);

        assertThat(plant.id()).isEqualTo("north");
        assertThat(plant.sitePath()).isEqualTo("acme/north");
        MqttJsonSpec mqtt = (MqttJsonSpec) plant.sources().get(0);
        assertThat(mqtt.broker()).hasValueSatisfying(broker -> {
            assertThat(broker.address()).isEqualTo("10.0.0.5:1884");
            assertThat(broker.password()).hasValueSatisfying(secret -> assertThat(secret.value()).isEqualTo("mqtt-pass"));
        });
        assertThat(mqtt.topic().filter()).isEqualTo("plant7/+/+");
        assertThat(mqtt.payload()).isEqualTo(new PayloadFormat("data.v", Optional.of("t"), "q"));
        assertThat(mqtt.tags()).singleElement().satisfies(tag -> {
            assertThat(tag.values()).containsExactly("press-7", "VIB_DE");
            assertThat(tag.mapping().asset()).isEqualTo(AssetId.of("north-l1-motor-01"));
            assertThat(tag.mapping().conversion().apply(0.5)).isCloseTo(12.7, within(1e-9));
        });
        SparkplugSpec sparkplug = (SparkplugSpec) plant.sources().get(1);
        assertThat(sparkplug.hostId()).isEqualTo("north-host");
        assertThat(sparkplug.groups()).containsExactly("line-1");
        assertThat(sparkplug.metrics()).singleElement().satisfies(metric -> {
            assertThat(metric.device()).contains("pump");
            assertThat(metric.mapping().signal()).isEqualTo(SignalType.MOTOR_CURRENT);
            assertThat(metric.mapping().conversion().apply(12)).isCloseTo(10.0, within(1e-9));
        });
        OpcUaSpec opcua = (OpcUaSpec) plant.sources().get(2);
        assertThat(opcua.security()).isEqualTo(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT);
        assertThat(opcua.password()).hasValueSatisfying(secret -> {
            assertThat(secret.value()).isEqualTo("s3cret");
            assertThat(secret.toString()).isEqualTo("{env: NORTH_OPCUA_PASSWORD}").doesNotContain("s3cret");
        });
        assertThat(opcua.publishingInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(opcua.nodes()).singleElement().satisfies(node -> {
            assertThat(node.deadband()).contains(0.5);
            assertThat(node.samplingInterval()).isEqualTo(Duration.ofMillis(500));
            assertThat(node.mapping().conversion().apply(212)).isCloseTo(100.0, within(1e-9));
        });
    }

    @Test
    void resolvesAFileReferenceRelativeToThePlantsDirectory() throws IOException {
        Files.createDirectories(directory.resolve("secrets"));
        Files.writeString(directory.resolve("secrets/plc.password"), "from-file\r\n");
        OpcUaSpec opcua = (OpcUaSpec) parse(opcua("username: hub\n    password: {file: secrets/plc.password}"))
                .sources().get(0);
        assertThat(opcua.password()).hasValueSatisfying(secret -> {
            assertThat(secret.value()).isEqualTo("from-file");
            assertThat(secret.reference()).contains(directory.resolve("secrets/plc.password").toString());
        });
    }

    @Test
    void rejectsAPasswordWrittenIntoTheFile() {
        assertProblem(opcua("username: hub\n    password: s3cret"), 9,
                "'password' of source 'plc-7' is written into the file; a secret must be a reference: {env: VARIABLE}"
                        + " or {file: path/to/secret}");
    }

    @Test
    void rejectsAReferenceToAnUnsetEnvironmentVariable() {
        assertProblem(opcua("username: hub\n    password: {env: NOT_SET}"), 9,
                "environment variable NOT_SET ('password' of source 'plc-7') is not set");
    }

    @Test
    void rejectsAReferenceToAMissingFile() {
        assertThatThrownBy(() -> parse(opcua("username: hub\n    password: {file: missing.secret}")))
                .isInstanceOfSatisfying(PlantConfigException.class, e -> {
                    assertThat(e.line()).isEqualTo(9);
                    assertThat(e.problem()).startsWith("cannot read 'password' of source 'plc-7' from "
                            + directory.resolve("missing.secret"));
                });
    }

    @Test
    void rejectsAUsernameWithoutPassword() {
        assertProblem(opcua("username: hub"), 5, "source 'plc-7' must give 'username' and 'password' together, or"
                + " neither for anonymous access");
    }

    @Test
    void namesFileLineAndProblemOfEachMistake() {
        assertProblem(plant("signal: vibrations"), 11, "unknown signal 'vibrations' in tag #1 of source 'press-json';"
                + " known signals: vibration, bearing-temperature, current, running, fault-code");
        assertProblem(plant("signal: vibration\n        unit: degF"), 12, "unit 'degF' of tag #1 of source"
                + " 'press-json' cannot be converted to mm/s (vibration); allowed units: mm/s, cm/s, m/s, in/s, ips");
        assertProblem(plant("signal: vibration\n        scale: 0"), 12, "'scale' of tag #1 of source 'press-json'"
                + " must not be zero");
        assertProblem(plant("signal: vibration\n        range: {raw: [4, 4], scaled: [0, 25]}"), 12,
                "'range' of tag #1 of source 'press-json': the raw range [4.0, 4.0] is empty");
        assertProblem(plant("signal: vibration\n        scael: 2"), 12, "unknown key 'scael' in tag #1 of source"
                + " 'press-json'; allowed keys: match, asset, signal, unit, scale, offset, range");
        assertProblem(plant("signal: vibration\n      - match: {machine: press-7, point: VIB}\n        asset:"
                + " north-l1-motor-01\n        signal: vibration"), 12, "tag #2 of source 'press-json' matches the same"
                + " topic as the tag on line 9");
        assertProblem(plant("signal: vibration\n      - match: {machine: press-8, point: VIB}\n        asset:"
                + " north-l1-motor-01\n        signal: vibration"), 13, "north-l1-motor-01/vibration is mapped twice in"
                + " this plant (first on line 10); one signal of an asset comes from one tag");
        assertProblem(plant("signal: vibration").replace("{machine: press-7, point: VIB}", "{machine: press-7}"), 9,
                "'match' of tag #1 of source 'press-json' must give a value for every named level of"
                        + " plant7/{machine}/{point}; missing: point");
        assertProblem(plant("signal: vibration").replace("plant7/{machine}/{point}", "plant7/+/{point}"), 7,
                "topic template 'plant7/+/{point}' contains a wildcard at level 2; write {name} for a level that"
                        + " varies");
        assertProblem(plant("signal: vibration").replace("site: acme/north", "site: north"), 3,
                "'site' must be the ISA-95 enterprise/site of the plant's assets, e.g. acme/north");
        assertProblem(plant("signal: vibration").replace("kind: mqtt-json", "kind: modbus"), 6,
                "unknown kind 'modbus' of source 'press-json'; allowed: mqtt-json, sparkplug, opcua");
        assertProblem(plant("signal: vibration").replace("id: north", "id: North"), 1,
                "plant id 'North' must be 1-64 lower-case letters, digits and dashes, not starting with a dash");
        assertProblem(plant("signal: vibration").replace("name: North plant\n", ""), 1,
                "missing required key 'name' in the plant");
    }

    @Test
    void namesTheLineOfOpcUaMistakes() {
        assertProblem(opcua("").replace("opc.tcp://plc-7:4840/ua", "http://plc-7/ua"), 7, "endpoint 'http://plc-7/ua'"
                + " of source 'plc-7' must look like opc.tcp://host:port/path");
        assertProblem(opcua("").replace("ns=2;s=Line1/Motor1/Vib", "Line1/Motor1/Vib"), 9, "node id"
                + " 'Line1/Motor1/Vib' of node #1 of source 'plc-7' is not in OPC UA string form, e.g."
                + " ns=2;s=Line1/Motor1/Vibration or ns=3;i=1042");
        assertProblem(opcua("securityPolicy: Basic128Rsa15"), 8, "security policy 'Basic128Rsa15' of source 'plc-7'"
                + " is not supported; supported: None, Basic256Sha256");
        assertProblem(opcua("securityPolicy: Basic256Sha256\n    securityMode: Sign"), 9, "security policy"
                + " Basic256Sha256 with mode Sign of source 'plc-7' is not supported; supported: None with None,"
                + " Basic256Sha256 with SignAndEncrypt");
        assertProblem(opcua("publishingInterval: 500ms"), 8, "'publishingInterval' of source 'plc-7' '500ms' is not"
                + " an ISO-8601 duration such as PT1S or PT0.5S");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        assertThatThrownBy(() -> parse("id: north\nname: [unclosed\nsite: acme/north\n"))
                .isInstanceOfSatisfying(PlantConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.line()).isBetween(2, 4);
                    assertThat(e.problem()).startsWith("not valid YAML");
                });
        assertProblem("", 1, "the plant file is empty; expected id, name, site and sources");
        assertProblem("id: north\nid: south\n", 2, "duplicate key 'id' in the plant (first on line 1)");
    }

    private String plant(String tagTail) {
        return """
                id: north
                name: North plant
                site: acme/north
                sources:
                  - id: press-json
                    kind: mqtt-json
                    topic: plant7/{machine}/{point}
                    tags:
                      - match: {machine: press-7, point: VIB}
                        asset: north-l1-motor-01
                """ + "        " + tagTail + "\n";
    }

    /** An OPC UA plant; {@code extra} starts on line 8, after the endpoint. */
    private static String opcua(String extra) {
        return "id: north\nname: North plant\nsite: acme/north\nsources:\n  - id: plc-7\n    kind: opcua\n"
                + "    endpoint: opc.tcp://plc-7:4840/ua\n" + (extra.isEmpty() ? "" : "    " + extra + "\n")
                + "    nodes:\n      - {node: ns=2;s=Line1/Motor1/Vib, asset: north-l1-motor-01, signal: vibration}\n";
    }

    private void assertProblem(String yaml, int line, String problem) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOfSatisfying(PlantConfigException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.line()).as("line of: %s", problem).isEqualTo(line);
            assertThat(e.getMessage()).isEqualTo(FILE + " line " + line + ": " + problem);
        });
    }

    private PlantSpec parse(String yaml) {
        return PlantParser.parse(yaml, FILE, directory, name -> Optional.ofNullable(ENVIRONMENT.get(name)));
    }
}
