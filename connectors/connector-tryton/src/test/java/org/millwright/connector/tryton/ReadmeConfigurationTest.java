package org.millwright.connector.tryton;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The README's configuration table names every field of {@link TrytonConfig}. */
class ReadmeConfigurationTest {

    @Test
    void theConfigurationTableNamesEveryField() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration (`TrytonConfig`)"),
                readme.indexOf("## Tests"));

        for (RecordComponent field : TrytonConfig.class.getRecordComponents()) {
            assertThat(table).as("README row for %s", field.getName()).contains("| `" + field.getName());
        }
        for (RecordComponent field : TrytonConfig.Connection.class.getRecordComponents()) {
            assertThat(table).as("README row for connection.%s", field.getName())
                    .containsAnyOf("`connection." + field.getName() + "`", "/ `" + field.getName() + "`");
        }
        String plantsRow = Arrays.stream(table.split("\n")).filter(line -> line.startsWith("| `plants`"))
                .findFirst().orElseThrow();
        for (RecordComponent field : TrytonConfig.Plant.class.getRecordComponents()) {
            assertThat(plantsRow).as("plants row names %s", field.getName()).contains(field.getName());
        }
        assertThat(table).contains("Company.byId", "Company.byPartyCode", "Company.ofUser");
        for (PartialStockPolicy policy : PartialStockPolicy.values()) {
            assertThat(table).contains("`" + policy.name() + "`");
        }
    }
}
