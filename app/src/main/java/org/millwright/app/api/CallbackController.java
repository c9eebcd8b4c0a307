package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.millwright.app.workflow.CompletionInbox;
import org.millwright.model.EpisodeId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/callbacks")
@Tag(name = "Callbacks", description = "Where systems of record report back")
public class CallbackController {
    private final CompletionInbox inbox;

    public CallbackController(CompletionInbox inbox) {
        this.inbox = inbox;
    }

    /** A field-service completion; {@code externalReference} is the episode key the assignment was created with. */
    public record FieldServiceCompletion(@NotBlank String assignmentId, @NotBlank String externalReference,
                                         String equipment, @NotBlank String technician, @NotNull Instant completedAt,
                                         String notes) {
    }

    @PostMapping("/field-service")
    @Operation(summary = "Field service reports an assignment completed; idempotent")
    public ResponseEntity<Void> fieldServiceCompleted(@Valid @RequestBody FieldServiceCompletion completion) {
        EpisodeId episode;
        try {
            episode = EpisodeId.of(completion.externalReference());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "externalReference is not an episode key: "
                    + e.getMessage());
        }
        if (!inbox.receive(episode, completion.assignmentId(), completion.technician(), completion.completedAt())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no episode " + episode);
        }
        return ResponseEntity.accepted().build();
    }
}
