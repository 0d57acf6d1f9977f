package io.quorum.registry.users;

import io.quorum.contracts.http.GatewayHeaders;
import io.quorum.registry.auth.AccessTokens;
import io.quorum.registry.platform.ApiErrors;
import io.quorum.registry.platform.InvalidRequestException;
import io.quorum.registry.users.domain.EmailTaken;
import io.quorum.registry.users.domain.InvalidUserDetails;
import io.quorum.registry.users.domain.Password;
import io.quorum.registry.users.domain.User;
import io.quorum.registry.users.domain.UserDetails;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-up and sign-in: the two /api endpoints the gateway lets through without a token. The request and answer
 * records hide their secrets from {@code toString}, because Spring logs bodies that way at DEBUG.
 */
@RestController
public class UsersController {

    record SignUpRequest(String name, String email, String password) {
        @Override
        public String toString() {
            return "SignUpRequest[name=" + name + ", email=" + email + ", password=***]";
        }
    }

    /** The token appears here and nowhere else, ever. */
    record SignedUpView(String userId, String name, String email, String apiToken) {
        @Override
        public String toString() {
            return "SignedUpView[userId=" + userId + ", name=" + name + ", email=" + email + ", apiToken=***]";
        }
    }

    record SignInRequest(String email, String password) {
        @Override
        public String toString() {
            return "SignInRequest[email=" + email + ", password=***]";
        }
    }

    record AccessTokenView(String accessToken, String tokenType, Instant expiresAt) {
        @Override
        public String toString() {
            return "AccessTokenView[accessToken=***, tokenType=" + tokenType + ", expiresAt=" + expiresAt + "]";
        }
    }

    /** An IPv6 address is at most 45 characters; anything much longer did not come from the gateway. */
    private static final int MAX_CLIENT_ADDRESS = 100;

    private final UserRegistration registration;

    UsersController(UserRegistration registration) {
        this.registration = registration;
    }

    /**
     * The client address is the gateway's header: the guard lets no request without the gateway secret reach here, and
     * the gateway replaces whatever a client sent. The gateway always sets it, so a request without it is malformed.
     */
    @PostMapping("/api/users")
    ResponseEntity<SignedUpView> signUp(@RequestHeader(value = GatewayHeaders.CLIENT_ADDRESS, required = false) String clientAddress,
                                        @RequestBody SignUpRequest request) {
        if (clientAddress == null || clientAddress.isBlank() || clientAddress.length() > MAX_CLIENT_ADDRESS) {
            throw new InvalidRequestException(GatewayHeaders.CLIENT_ADDRESS,
                    "the gateway's client address header is required (1 to " + MAX_CLIENT_ADDRESS + " characters)");
        }
        UserDetails details = new UserDetails(request.name(), request.email());
        Password password = Password.forSignUp(request.password(), details);
        User.SignedUp signedUp = registration.signUp(details, password, clientAddress.strip());
        User user = signedUp.user();
        return ResponseEntity.created(URI.create("/api/users/" + user.id()))
                .body(new SignedUpView(user.id().toString(), user.details().name(), user.details().email(),
                        signedUp.token().value()));
    }

    /** 200 with an access token, or the same 401 for an unknown email and a wrong password. */
    @PostMapping("/api/auth/sign-in")
    ResponseEntity<?> signIn(@RequestBody SignInRequest request) {
        if (request.email() == null || request.email().isBlank()) {
            throw new InvalidUserDetails("email", "is required");
        }
        if (request.email().codePoints().anyMatch(Character::isISOControl)) {
            // no account has one (sign-up refuses them), and PostgreSQL cannot even compare text holding a NUL
            throw new InvalidUserDetails("email", "must not contain control characters");
        }
        Password password = Password.presented(request.password());
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        return switch (registration.signIn(email, password)) {
            case UserRegistration.SignIn.Issued issued -> ResponseEntity.ok(
                    new AccessTokenView(issued.token().token(), "Bearer", issued.token().expiresAt()));
            case UserRegistration.SignIn.Refused refused -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                        "the email or the password is not right");
                problem.setTitle("Unauthorized");
                yield ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
            }
            case UserRegistration.SignIn.LockedOut lockedOut -> {
                // the same answer whether or not an account has this email
                long seconds = Math.max(1, (lockedOut.retryAfter().toMillis() + 999) / 1000);
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                        "too many failed sign-ins for this email; try again in " + seconds + " s");
                problem.setTitle("Too many sign-in attempts");
                problem.setProperty("retryAfterSeconds", seconds);
                yield ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
            }
        };
    }

    @ExceptionHandler(InvalidUserDetails.class)
    ProblemDetail invalid(InvalidUserDetails e) {
        return ApiErrors.badRequest(e.field(), e.getMessage());
    }

    /** Over the sign-up limit of the client's address: 429 with Retry-After, nothing stored. */
    @ExceptionHandler(UserRegistration.TooManySignUps.class)
    ResponseEntity<ProblemDetail> tooManySignUps(UserRegistration.TooManySignUps e) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "too many sign-ups from this address; try again in " + seconds + " s");
        problem.setTitle("Too many sign-ups");
        problem.setProperty("retryAfterSeconds", seconds);
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).body(problem);
    }

    @ExceptionHandler(EmailTaken.class)
    ProblemDetail taken(EmailTaken e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Email already registered");
        problem.setProperty("field", "email");
        return problem;
    }
}
