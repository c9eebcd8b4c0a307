package org.millwright.app.systems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemsFileTest {

    @Test
    void resolvesSecretReferencesFromTheEnvironmentAndFromFiles(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("key"), "from-file\n");
        SystemsFile file = SystemsFile.parse("""
                systems:
                  a: {type: sandbox, password: {env: A_PASSWORD}}
                  b: {type: sandbox, auth: {apiKey: {file: %s}}}
                sites:
                  "*": {all: a, work: b}
                """.formatted(secret), "s.yaml", Map.of("A_PASSWORD", "from-env")::get);

        assertThat(file.systems().get("a").settings().get("password").asString()).isEqualTo("from-env");
        assertThat(file.systems().get("b").settings().get("auth").get("apiKey").asString()).isEqualTo("from-file");
        assertThat(file.sites().get("*")).containsEntry(Port.WORK, "b").containsEntry(Port.INVENTORY, "a");
    }

    @Test
    void refusesALiteralSecretNamingWhereItIs() {
        assertThatThrownBy(() -> SystemsFile.parse("""
                systems: {a: {type: sap, connection: {password: hunter2}}}
                sites: {"*": {all: a}}
                """, "s.yaml", name -> null))
                .isInstanceOf(SystemsFileException.class)
                .hasMessage("s.yaml: systems.a.connection.password holds a literal secret; write a reference instead,"
                        + " {env: NAME} or {file: /path/to/secret}");
    }

    @Test
    void namesAMissingEnvironmentVariable() {
        assertThatThrownBy(() -> SystemsFile.parse("""
                systems: {a: {type: sandbox, token: {env: NOT_SET}}}
                sites: {"*": {all: a}}
                """, "s.yaml", name -> null))
                .hasMessage("s.yaml: systems.a.token refers to environment variable NOT_SET, which is not set");
    }

    @Test
    void refusesRoutesToUnknownSystemsOrPortsAndAnIncompleteDefaultSite() {
        assertThatThrownBy(() -> SystemsFile.parse("""
                systems: {a: {type: sandbox}}
                sites: {"*": {all: b}}
                """, "s.yaml", name -> null))
                .hasMessage("s.yaml: sites.*.all names system 'b', which is not under 'systems' (known: a)");
        assertThatThrownBy(() -> SystemsFile.parse("""
                systems: {a: {type: sandbox}}
                sites: {"*": {all: a, stock: a}}
                """, "s.yaml", name -> null))
                .hasMessageStartingWith("s.yaml: sites.*.stock is not a port (expected all, assets, work,");
        assertThatThrownBy(() -> SystemsFile.parse("""
                systems: {a: {type: sandbox}}
                sites: {"*": {work: a}}
                """, "s.yaml", name -> null))
                .hasMessageStartingWith("s.yaml: sites.\"*\" must route every port");
    }

    @Test
    void pointsAtTheLineOfInvalidYaml() {
        assertThatThrownBy(() -> SystemsFile.parse("systems:\n  a: {type: sandbox\nsites: x\n", "s.yaml", n -> null))
                .hasMessageStartingWith("s.yaml: not valid YAML:")
                .hasMessageContaining("(line ");
    }
}
