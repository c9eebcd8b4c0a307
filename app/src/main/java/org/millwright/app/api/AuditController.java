package org.millwright.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.millwright.app.audit.AuditEvent;
import org.millwright.app.audit.AuditTrail;
import org.millwright.app.audit.ChainVerification;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained record of who or what acted on which subject")
public class AuditController {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** One audit event; {@code detail} is the JSON object that was recorded. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AuditEventJson(long seq, Instant at,
                                 @Schema(example = "reconciliation") String actor,
                                 @Schema(example = "reconciliation.repair") String action,
                                 @Schema(example = "EP-7F3A9C2E11AB") String subject,
                                 JsonNode detail, String traceId, String prevHash, String hash) {
        static AuditEventJson of(AuditEvent event) {
            return new AuditEventJson(event.seq(), event.at(), event.actor(), event.action(), event.subject(),
                    JSON.readTree(event.detail()), event.traceId().orElse(null), event.prevHash(), event.hash());
        }
    }

    /** The answer of a chain check; {@code firstBrokenSeq} and {@code problem} are null when the chain is valid. */
    public record VerificationJson(boolean valid, long checked, Long firstBrokenSeq, String problem) {
        static VerificationJson of(ChainVerification verification) {
            return new VerificationJson(verification.valid(), verification.checked(),
                    verification.firstBrokenSeq().orElse(null), verification.problem().orElse(null));
        }
    }

    @GetMapping
    @Operation(summary = "Audit events in chain order, of one subject (e.g. an episode key) when given; page with"
            + " afterSeq")
    public List<AuditEventJson> list(@RequestParam(required = false) String subject,
                                     @RequestParam(defaultValue = "0") long afterSeq,
                                     @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000, was " + limit);
        }
        if (afterSeq < 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "afterSeq must not be negative, was " + afterSeq);
        }
        return trail.events(Optional.ofNullable(subject).filter(s -> !s.isBlank()), afterSeq, limit).stream()
                .map(AuditEventJson::of).toList();
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain and report the first event that was changed or removed")
    public VerificationJson verify() {
        return VerificationJson.of(trail.verify());
    }
}
