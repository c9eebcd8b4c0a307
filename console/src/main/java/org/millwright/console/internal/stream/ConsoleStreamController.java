package org.millwright.console.internal.stream;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /console/stream}: the server-sent events that tell open pages what to re-fetch. */
@Controller
final class ConsoleStreamController {

    private final SseConsoleUpdates updates;

    ConsoleStreamController(SseConsoleUpdates updates) {
        this.updates = updates;
    }

    @GetMapping(path = "/console/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter stream() {
        return updates.subscribe();
    }
}
