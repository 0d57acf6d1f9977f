package io.quorum.registry.users;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.contracts.ids.UserId;
import io.quorum.registry.platform.InvalidRequestException;
import io.quorum.registry.platform.Page;
import io.quorum.registry.platform.PageRequest;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A user's API tokens for scripts: create (the token shown once), list (metadata only), revoke. */
@RestController
public class TokensController {

    static final int MAX_NAME = 60;

    record CreateTokenRequest(String name) {
    }

    record TokenView(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiTokens.TokenInfo info) {
            return new TokenView(info.id().toString(), info.name(), info.createdAt(), info.lastUsedAt(), info.revokedAt());
        }
    }

    /** The only answer that carries the token itself. */
    record CreatedTokenView(String id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
                            String token) {
        @Override
        public String toString() {
            return "CreatedTokenView[id=" + id + ", name=" + name + ", token=***]";
        }
    }

    private final UserRegistration registration;

    TokensController(UserRegistration registration) {
        this.registration = registration;
    }

    @PostMapping("/api/tokens")
    ResponseEntity<CreatedTokenView> create(@RequestHeader(GatewayHeaders.USER_ID) UserId caller,
                                            @RequestBody CreateTokenRequest request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidRequestException("name", "must be 1 to " + MAX_NAME + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequestException("name", "must not contain control characters");
        }
        UserRegistration.CreatedToken created = registration.createToken(caller, name);
        ApiTokens.TokenInfo info = created.info();
        return ResponseEntity.created(URI.create("/api/tokens/" + info.id()))
                .body(new CreatedTokenView(info.id().toString(), info.name(), info.createdAt(), null, null,
                        created.token().value()));
    }

    /** A page of the caller's tokens, oldest first, revoked ones included (see Paging in the README). */
    @GetMapping("/api/tokens")
    Page<TokenView> list(@RequestHeader(GatewayHeaders.USER_ID) UserId caller,
                         @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        return registration.tokensOf(caller, PageRequest.of(limit, cursor)).map(TokenView::of);
    }

    /** 204 once revoked (also when it already was); another user's or an unknown id is 404, telling nothing. */
    @DeleteMapping("/api/tokens/{id}")
    ResponseEntity<?> revoke(@RequestHeader(GatewayHeaders.USER_ID) UserId caller, @PathVariable UUID id) {
        if (!registration.revokeToken(caller, id)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "no such token");
            problem.setTitle("Not Found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(UserRegistration.TooManyTokens.class)
    ProblemDetail tooMany(UserRegistration.TooManyTokens e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Too many API tokens");
        problem.setProperty("field", "tokens");
        return problem;
    }
}
