package org.millwright.app.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.millwright.app.pipeline.JdbcDeadLetters;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/dead-letters")
@Tag(name = "Dead letters", description = "Input the hub rejected, with the reason and the raw payload")
public class DeadLetterController {
    private final JdbcDeadLetters deadLetters;

    public DeadLetterController(JdbcDeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /**
     * A rejected input. {@code payload} is the raw payload as UTF-8 text when it is valid UTF-8; otherwise it is
     * empty and {@code payloadBase64} carries the bytes.
     */
    public record DeadLetterJson(long id, String source, String topic, String reason, String detail, String payload,
                                 String payloadBase64, Instant receivedAt) {
    }

    @GetMapping
    @Operation(summary = "Most recent rejected inputs first, optionally of one reason (e.g. UNKNOWN_ASSET)")
    public List<DeadLetterJson> list(@RequestParam(defaultValue = "100") int limit,
                                     @RequestParam(required = false) String reason) {
        if (limit < 1 || limit > 1000) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and 1000, was " + limit);
        }
        return deadLetters.recent(limit, reason).stream().map(row -> new DeadLetterJson(row.id(), row.source(),
                row.topic(), row.reason(), row.detail(), utf8(row.payload()),
                Base64.getEncoder().encodeToString(row.payload()), row.receivedAt())).toList();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }
}
