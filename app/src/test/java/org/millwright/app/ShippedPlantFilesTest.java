package org.millwright.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.millwright.onboarding.PlantSources;

/** The plant files shipped as examples load as the hub would load them. */
class ShippedPlantFilesTest {

    @Test
    void theDemoPlantFileLoads() throws URISyntaxException {
        assertThat(PlantSources.validate(resource("plants/acme-north-legacy.yaml"), name -> Optional.empty()))
                .isEqualTo("acme-north-legacy");
    }

    @Test
    void thePlcAndSparkplugTemplateLoadsOnceItsSecretIsProvided() throws URISyntaxException {
        assertThat(PlantSources.validate(resource("plants/examples/acme-south-plc.yaml"),
                name -> Optional.ofNullable(Map.of("SOUTH_PLC_PASSWORD", "from-the-vault").get(name))))
                .isEqualTo("acme-south");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ShippedPlantFilesTest.class.getResource("/" + name).toURI());
    }
}
