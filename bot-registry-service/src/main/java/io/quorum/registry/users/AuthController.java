package io.quorum.registry.users;

import io.quorum.registry.platform.InvalidRequestException;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Lets the gateway turn a credential it cannot check alone into a user id. Internal: the gateway secret guards it. */
@RestController
public class AuthController {

    private static final String BEARER = "Bearer ";
    private static final int MAX_CLAIM = 255;
    private static final int MAX_NAME = 60;

    /** An external issuer's verified subject, as the gateway read it from a token it verified. */
    record ExternalSubject(String issuer, String subject, String name) {
    }

    private final UserRegistration registration;

    AuthController(UserRegistration registration) {
        this.registration = registration;
    }

    /** An opaque API token → its live owner (noting the use), or 401 for an unknown or revoked one. */
    @PostMapping("/internal/auth/resolve")
    ResponseEntity<?> resolve(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return unauthorized("a bearer token is required");
        }
        return registration.resolve(authorization.substring(BEARER.length()).strip())
                .<ResponseEntity<?>>map(user -> ResponseEntity.ok(Map.of("userId", user.toString())))
                .orElseGet(() -> unauthorized("the token is not valid"));
    }

    /** The Quorum user of a subject of the configured external issuer, created on first sight. */
    @PostMapping("/internal/auth/external")
    Map<String, String> external(@RequestBody ExternalSubject request) {
        String issuer = required(request.issuer(), "issuer");
        String subject = required(request.subject(), "subject");
        String name = request.name() == null || request.name().isBlank() ? "user" : request.name().strip();
        String shortName = name.codePointCount(0, name.length()) > MAX_NAME
                ? name.substring(0, name.offsetByCodePoints(0, MAX_NAME)) : name;
        try {
            return Map.of("userId", registration.externalUser(issuer, subject, shortName).toString());
        } catch (UserRegistration.LinkRaced raced) {
            // a concurrent first request created the user; this one finds it
            return Map.of("userId", registration.externalUser(issuer, subject, shortName).toString());
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank() || value.length() > MAX_CLAIM) {
            throw new InvalidRequestException(field, "must be 1 to " + MAX_CLAIM + " characters");
        }
        return value;
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
