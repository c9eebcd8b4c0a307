package org.millwright.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.millwright.app.systems.ActiveSystems;
import org.millwright.app.systems.AdapterFactory;
import org.millwright.app.systems.SystemsFile;
import org.millwright.connector.framework.ResilientConnectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The systems of record in force, their circuits, the routes per site, and reloading the systems file. */
@RestController
@RequestMapping("/api/v1/systems")
@Tag(name = "Systems of record", description = "Configured ERP/EAM systems, which serves what per site, their health")
public class SystemsController {
    private final ActiveSystems systems;
    private final ResilientConnectors connectors;

    public SystemsController(ActiveSystems systems, ResilientConnectors connectors) {
        this.systems = systems;
        this.connectors = connectors;
    }

    /**
     * @param source    the systems file, or "built-in sandbox routing"
     * @param lastError why the last reload was rejected (the previous systems stay in force)
     * @param sites     per site ("*" for every site not listed) the system serving each port
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SystemsJson(String source, String lastError, List<SystemJson> systems,
                              Map<String, Map<String, String>> sites) {
    }

    /** One registered system; a standby endpoint is listed as {@code <name>/alternate}. */
    public record SystemJson(@Schema(example = "erp") String name, @Schema(example = "sandbox") String type,
                             @Schema(allowableValues = {"CLOSED", "OPEN", "HALF_OPEN"}) String circuit,
                             String lastFailure) {
    }

    @GetMapping
    @Operation(summary = "The systems of record in force and the routes per site")
    public SystemsJson list() {
        SystemsFile file = systems.configuration();
        List<SystemJson> listed = systems.router().systemNames().stream().map(name -> connectors.system(name)
                .map(system -> new SystemJson(name, file.systems().get(name.replace(AdapterFactory.ALTERNATE, ""))
                        .type(), system.circuitState().name(), system.lastFailure())).orElseThrow()).toList();
        Map<String, Map<String, String>> sites = new LinkedHashMap<>();
        file.sites().forEach((site, routes) -> {
            Map<String, String> byPort = new LinkedHashMap<>();
            routes.forEach((port, system) -> byPort.put(port.key(), system));
            sites.put(site, byPort);
        });
        return new SystemsJson(file.source(), systems.lastError().orElse(null), listed, sites);
    }

    @PostMapping("/reload")
    @Operation(summary = "Read the systems file again now (it is also reloaded when it changes)",
            description = "422 with the file's error when it is rejected; the previous systems stay in force")
    public SystemsJson reload() {
        systems.reload().ifPresent(error -> {
            throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_CONTENT, error);
        });
        return list();
    }
}
