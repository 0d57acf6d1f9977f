package io.quorum.execution.keys;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.execution.platform.Callers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's Bybit key sets: stored, listed as metadata, deleted. Nothing here ever answers with a key or a
 * secret, and the caller only ever reaches their own sets (the user comes from the gateway's header).
 */
@RestController
class KeysController {

    private final KeyVault vault;

    KeysController(KeyVault vault) {
        this.vault = vault;
    }

    /**
     * The body is read from the stream, not as a {@code @RequestBody}: Spring logs a body it converted (a byte
     * array as hex) at debug and trace level. See {@link KeySetRequest} for why Jackson is called here too.
     */
    @PutMapping("/api/keys")
    KeySets.Metadata put(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                         InputStream stream) throws IOException {
        byte[] body = stream.readAllBytes();
        try {
            UserId caller = Callers.user(user);
            KeySetRequest request = KeySetRequest.parse(body);
            try {
                return vault.store(caller, request.venue(), request.label(), request.apiKey(), request.apiSecret());
            } finally {
                request.wipe();
            }
        } finally {
            Arrays.fill(body, (byte) 0);
        }
    }

    @GetMapping("/api/keys")
    List<KeySets.Metadata> list(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user) {
        return vault.list(Callers.user(user));
    }

    @DeleteMapping("/api/keys/{venue}")
    ResponseEntity<?> delete(@RequestHeader(name = GatewayHeaders.USER_ID, required = false) String user,
                             @PathVariable("venue") String venue) {
        KeyVenue target = KeySetRequest.venue(venue);
        if (vault.delete(Callers.user(user), target)) {
            return ResponseEntity.noContent().build();
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no key set stored for " + target);
        problem.setTitle("Not found");
        problem.setType(URI.create("https://quorum.local/problems/not-found"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
