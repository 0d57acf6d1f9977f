package io.quorum.registry.auth;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public half of the signing key, for the gateway to verify access tokens with. Internal: the gateway secret guards it. */
@RestController
public class JwksController {

    private final SigningKey key;

    JwksController(SigningKey key) {
        this.key = key;
    }

    @GetMapping(value = "/internal/auth/jwks", produces = "application/jwk-set+json")
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/jwk-set+json"))
                .cacheControl(CacheControl.noCache())
                .body(key.publicKeys().toString());
    }
}
