package org.millwright.app.plants;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.millwright.onboarding.PlantReload;
import org.millwright.onboarding.PlantStatus;
import org.millwright.onboarding.SourceStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/plants")
@Tag(name = "Plants", description = "Plants onboarded from files: their sources, connection states and counts")
public class PlantsController {
    private final PlantOnboarding onboarding;

    public PlantsController(PlantOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    /**
     * One source. {@code reason} says why it is not connected (e.g. the server refused the credentials, or its
     * certificate is not trusted and where to move it); {@code handled} counts samples that went through detection.
     */
    public record SourceJson(String id, String kind, String endpoint, String state, String reason, Instant since,
                             Instant startedAt, long received, long handled, long rejected, Instant lastSampleAt) {
    }

    /** One plant file; {@code error} names file, line and problem of content that was rejected. */
    public record PlantJson(String file, String plantId, String name, String site, Instant loadedAt, boolean healthy,
                            String error, List<SourceJson> sources) {
    }

    /** Every plant file; {@code directory} is null while plant onboarding is off. */
    public record PlantsJson(String directory, List<PlantJson> plants) {
    }

    /** What a reload changed. Sources are named {@code plant/source}. */
    public record ReloadJson(List<String> started, List<String> stopped, List<String> unchanged,
                             Map<String, String> rejected) {
    }

    @GetMapping
    @Operation(summary = "Every plant file with its sources, their connection state, reason and counts")
    public PlantsJson plants() {
        return new PlantsJson(onboarding.directory().map(Object::toString).orElse(null),
                onboarding.status().stream().map(PlantsController::plant).toList());
    }

    @PostMapping("/reload")
    @Operation(summary = "Apply the plants directory's changes now (it is also checked every few seconds);"
            + " rejected files are listed with file, line and problem, their previous configuration stays active")
    public ReloadJson reload() {
        PlantReload reload = onboarding.reload().orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                "plant onboarding is off: set millwright.plants.directory"));
        return new ReloadJson(reload.started(), reload.stopped(), reload.unchanged(), reload.rejected());
    }

    private static PlantJson plant(PlantStatus plant) {
        return new PlantJson(plant.file(), plant.plantId().orElse(null), plant.name().orElse(null),
                plant.site().orElse(null), plant.loadedAt().orElse(null), plant.healthy(), plant.error().orElse(null),
                plant.sources().stream().map(PlantsController::source).toList());
    }

    private static SourceJson source(SourceStatus source) {
        return new SourceJson(source.sourceId(), source.kind().code(), source.endpoint(), source.state().name(),
                source.reason().orElse(null), source.since(), source.startedAt(), source.received(), source.handled(),
                source.rejected(), source.lastSampleAt().orElse(null));
    }
}
