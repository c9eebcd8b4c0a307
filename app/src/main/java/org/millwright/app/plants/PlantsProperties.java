package org.millwright.app.plants;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Plant onboarding settings, under {@code millwright.plants.*}. Off unless a directory is configured, so the default
 * demo runs as before.
 *
 * @param directory      one YAML file per plant (schema in the onboarding module's README); created when missing;
 *                       onboarding is off when absent
 * @param reloadInterval how often the directory is checked for new, changed and deleted plant files
 * @param pkiDirectory   where OPC UA sources keep their client certificate and trusted/rejected server certificates
 *                       ({@code <pki>/<plant>/<source>}); {@code <millwright.data-directory>/opcua} when absent
 */
@ConfigurationProperties("millwright.plants")
public record PlantsProperties(Path directory, @DefaultValue("PT2S") Duration reloadInterval, Path pkiDirectory) {
}
