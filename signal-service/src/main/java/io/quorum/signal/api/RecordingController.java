package io.quorum.signal.api;

import io.quorum.signal.cycle.LlmCallExport;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The LLM calls of this service as a recording (JSON Lines) another run can answer from. Internal: the gateway does
 * not route it, as it holds the prompts of every user's bots; operators and analysts call it with the gateway secret.
 */
@RestController
public class RecordingController {

    static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");

    private final LlmCallExport export;

    public RecordingController(LlmCallExport export) {
        this.export = export;
    }

    @GetMapping("/internal/llm-calls")
    ResponseEntity<StreamingResponseBody> recording() {
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            export.writeTo(writer);
            writer.flush();
        };
        return ResponseEntity.ok().contentType(JSON_LINES).body(body);
    }
}
