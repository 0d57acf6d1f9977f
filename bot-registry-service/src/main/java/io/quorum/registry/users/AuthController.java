package io.quorum.registry.users;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Lets the gateway turn {@code Authorization: Bearer <token>} into a user id. Internal: the gateway secret guards it. */
@RestController
public class AuthController {

    private static final String BEARER = "Bearer ";

    private final UserRegistration registration;

    AuthController(UserRegistration registration) {
        this.registration = registration;
    }

    @PostMapping("/internal/auth/resolve")
    ResponseEntity<?> resolve(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return unauthorized("a bearer token is required");
        }
        return registration.resolve(authorization.substring(BEARER.length()).strip())
                .<ResponseEntity<?>>map(user -> ResponseEntity.ok(Map.of("userId", user.toString())))
                .orElseGet(() -> unauthorized("the token is not valid"));
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
